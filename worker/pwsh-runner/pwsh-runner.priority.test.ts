import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { skipPwsh, testAssemblyCache, testIsolation, testPwsh } from "@/lib/testing/test-pwsh";
import { makeTempRoot, outputText, runToEnd, spec } from "@/worker/testing/pwsh-runner-kit";
import { descendantsOf } from "@/worker/testing/worker-process";
import type { StreamRecordInput } from "@/lib/jobs/stream-types";
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
    // Ten ordinary processes' weight: the group's effect is not this test's subject, and a low weight
    // would starve its pwsh beside a busy test run.
    const isolation = testIsolation({ BATON_JOB_CPU_WEIGHT: 1000 });
    const group = isolation.cpuGroup!;
    const runner = createPwshRunner({ assemblyCache: testAssemblyCache(), pwsh: testPwsh(), isolation, tempRoot, poolSize: 1 });
    try {
      await runner.poolReady();
      const records: StreamRecordInput[] = [];
      let reported: () => void = () => {};
      const report = new Promise<void>((resolve) => (reported = resolve));
      // Joining the group runs as root; the job itself does not.
      const job = await runner.start(spec("(Get-Content /proc/self/status | Where-Object { $_ -match '^(Uid|Groups):' }) -replace '\\s+', ' '\nStart-Sleep -Seconds 600"), (batch) => {
        records.push(...batch);
        if (outputText(records).includes("Groups:")) reported();
      });
      await report;
      // The job's process, from the outermost (nice) to pwsh inside the sandbox, is in the group.
      const tree = [job.pid, ...descendantsOf(job.pid)];
      expect(tree.length).toBeGreaterThan(2);
      const members = new Set(fs.readFileSync(group.procsFile, "utf8").trim().split("\n").map(Number));
      expect(tree.filter((pid) => !members.has(pid))).toEqual([]);
      const weightFile = group.version === 1 ? "cpu.shares" : "cpu.weight";
      expect(fs.readFileSync(path.join(group.dir, weightFile), "utf8").trim()).toBe(group.version === 1 ? "10240" : "1000");
      const uid = isolation.user?.uid ?? 0;
      // Real, effective, saved and file-system uid; no supplementary groups.
      expect(outputText(records)).toBe(`Uid: ${uid} ${uid} ${uid} ${uid}\nGroups: `);
      job.stop("stop");
      expect((await job.outcome).status).toBe("stopped");
    } finally {
      await runner.close();
    }
  });
});
