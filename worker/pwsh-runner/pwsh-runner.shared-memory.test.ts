import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { skipPwsh, testAssemblyCache, testIsolation, testPwsh } from "@/lib/testing/test-pwsh";
import { makeTempRoot, outputText, runToEnd, spec } from "@/worker/testing/pwsh-runner-kit";
import { createPwshRunner, type PwshRunner } from "./create-pwsh-runner";

const mib = 1024 * 1024;

// A runbook that leaks into static state is recycled by the memory ceiling. 1,000 jobs through shared
// hosts, recycled by count with memory flat over each host's life, are a row of `npm run bench`
// (scripts/bench/shared-host-soak.ts): a minute of two cores is more than the test suite can spend.
describe.skipIf(skipPwsh)("pwsh runner: a shared host's memory ceiling", () => {
  let runner: PwshRunner;
  let tempRoot: string;
  const retired: { pid: number; reason: string }[] = [];
  beforeAll(() => {
    tempRoot = makeTempRoot();
    runner = createPwshRunner({
      assemblyCache: testAssemblyCache(),
      pwsh: testPwsh(),
      isolation: testIsolation(),
      tempRoot,
      poolSize: 1,
      sharedHostLimits: { maxJobs: 100, maxAgeMs: 3_600_000, maxWorkingSetBytes: 600 * mib, idleMs: 60_000, maxIdle: 4 },
      onSharedHostRetired: (pid, reason) => retired.push({ pid, reason }),
    });
  });
  afterAll(async () => {
    await runner.close();
    fs.rmSync(tempRoot, { recursive: true, force: true });
  });

  it("retires a host whose runbook keeps memory in static state once it is over the ceiling", async () => {
    const leak = "$kept = [System.AppDomain]::CurrentDomain.GetData('kept'); if (-not $kept) { $kept = [System.Collections.Generic.List[byte[]]]::new(); [System.AppDomain]::CurrentDomain.SetData('kept', $kept) }\n$block = [byte[]]::new(64MB); [System.Random]::Shared.NextBytes($block); $kept.Add($block)\n$kept.Count";
    const counts: number[] = [];
    const pids = new Set<number>();
    for (let i = 0; i < 16; i++) {
      const run = await runToEnd(runner, spec(leak, { runbookName: "Soak-Leak", hostMode: "shared" }));
      expect(run.outcome).toEqual({ status: "completed" });
      counts.push(Number(outputText(run.records)));
      pids.add(run.pid);
    }
    // Static state is what a shared host keeps: the count grows within a host and starts over in the next.
    expect(counts.slice(0, 3)).toEqual([1, 2, 3]);
    expect(pids.size).toBeGreaterThan(1);
    expect(Math.max(...counts)).toBeLessThan(12);
    expect(retired.some((r) => /^its memory \(\d+ MB\) is over the limit$/.test(r.reason))).toBe(true);
  });
});
