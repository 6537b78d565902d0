import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { skipPwsh, testAssemblyCache, testIsolation, testPwsh } from "@/lib/testing/test-pwsh";
import { makeTempRoot, outputText, runToEnd, spec } from "@/worker/testing/pwsh-runner-kit";
import { descendantsOf } from "@/worker/testing/worker-process";
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

  // Making a control group needs root (CI runs as root) or a delegated group.
  it.skipIf(process.getuid?.() !== 0)("starts every process of a job inside the jobs' CPU control group, weighted by BATON_JOB_CPU_WEIGHT, as the job user", async () => {
    const isolation = testIsolation({ BATON_JOB_CPU_WEIGHT: 10 });
    const group = isolation.cpuGroup!;
    const runner = createPwshRunner({ assemblyCache: testAssemblyCache(), pwsh: testPwsh(), isolation, tempRoot, poolSize: 1 });
    try {
      await runner.poolReady();
      // The spare host, from the outermost process (nice) to pwsh inside the sandbox, is in the group.
      const hostTree = descendantsOf(process.pid).filter((pid) => fs.existsSync(`/proc/${pid}`) && ["nice", "bwrap", "dotnet", "pwsh"].some((name) => fs.readFileSync(`/proc/${pid}/comm`, "utf8").trim().startsWith(name)));
      expect(hostTree.length).toBeGreaterThan(2);
      const members = new Set(fs.readFileSync(group.procsFile, "utf8").trim().split("\n").map(Number));
      expect(hostTree.filter((pid) => !members.has(pid))).toEqual([]);
      const weightFile = group.version === 1 ? "cpu.shares" : "cpu.weight";
      expect(fs.readFileSync(path.join(group.dir, weightFile), "utf8").trim()).toBe(group.version === 1 ? "102" : "10");
      // Joining the group runs as root; the job itself does not.
      const run = await runToEnd(runner, spec("(Get-Content /proc/self/status | Where-Object { $_ -match '^(Uid|Groups):' }) -replace '\\s+', ' '"));
      expect(run.outcome.status).toBe("completed");
      const uid = isolation.user?.uid ?? 0;
      // Real, effective, saved and file-system uid; no supplementary groups.
      expect(outputText(run.records)).toBe(`Uid: ${uid} ${uid} ${uid} ${uid}\nGroups: `);
    } finally {
      await runner.close();
    }
  });
});
