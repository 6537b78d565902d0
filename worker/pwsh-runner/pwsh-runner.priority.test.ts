import fs from "node:fs";
import os from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { skipPwsh, testAssemblyCache, testIsolation, testPwsh } from "@/lib/testing/test-pwsh";
import { makeTempRoot, outputText, runToEnd, spec } from "@/worker/testing/pwsh-runner-kit";
import { createPwshRunner } from "./create-pwsh-runner";

// The niceness of pwsh itself (field 19 of /proc/self/stat, the 17th after the command name) and of
// a native command it starts (`nice` without arguments prints its own).
const reportNiceness = [
  "$stat = Get-Content -Raw /proc/self/stat",
  "$fields = $stat.Substring($stat.LastIndexOf(')') + 2).Split(' ')",
  "\"pwsh $($fields[16])\"",
  "\"child $(& /usr/bin/nice)\"",
].join("\n");

describe.skipIf(skipPwsh)("pwsh runner: CPU priority", () => {
  let tempRoot: string;
  beforeAll(() => {
    tempRoot = makeTempRoot();
  });
  afterAll(() => {
    fs.rmSync(tempRoot, { recursive: true, force: true });
  });

  // Relative to this process: the test run itself may already be niced.
  const ownNiceness = os.getPriority();

  it.each([
    { label: "unset (10)", setting: undefined, expected: Math.min(19, ownNiceness + 10) },
    { label: "3", setting: 3, expected: Math.min(19, ownNiceness + 3) },
    { label: "0 (the worker's)", setting: 0, expected: ownNiceness },
  ])("runs a pooled job and what it starts niced by BATON_JOB_NICE $label", async ({ setting, expected }) => {
    const isolation = testIsolation(setting === undefined ? {} : { BATON_JOB_NICE: setting });
    const runner = createPwshRunner({ assemblyCache: testAssemblyCache(), pwsh: testPwsh(), isolation, tempRoot, poolSize: 1 });
    try {
      await runner.poolReady();
      const run = await runToEnd(runner, spec(reportNiceness));
      expect(run.outcome.status).toBe("completed");
      expect(outputText(run.records)).toBe(`pwsh ${expected}\nchild ${expected}`);
    } finally {
      await runner.close();
    }
  });
});
