import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { JobIsolationEnv } from "@/lib/config/job-isolation-env";
import { skipPwsh, testAssemblyCache, testIsolation, testPwsh } from "@/lib/testing/test-pwsh";
import { makeTempRoot, runToEnd, spec } from "@/worker/testing/pwsh-runner-kit";
import { createPwshRunner } from "./create-pwsh-runner";

describe.skipIf(skipPwsh)("pwsh runner: per-job limits", () => {
  let tempRoot: string;
  beforeAll(() => {
    tempRoot = makeTempRoot();
  });
  afterAll(() => {
    fs.rmSync(tempRoot, { recursive: true, force: true });
  });

  async function runLimited(settings: Partial<JobIsolationEnv>, script: string) {
    const runner = createPwshRunner({ assemblyCache: testAssemblyCache(), pwsh: testPwsh(), isolation: testIsolation(settings), tempRoot, poolSize: 0 });
    try {
      return await runToEnd(runner, spec(script));
    } finally {
      await runner.close();
    }
  }

  it("fails a job that allocates past its memory limit, naming the limit", async () => {
    const run = await runLimited({ BATON_JOB_MEMORY_MB: 384 }, "$ErrorActionPreference = 'Stop'\n$hog = [System.Collections.Generic.List[byte[]]]::new()\nwhile ($true) { $hog.Add([byte[]]::new(32MB)) }");
    expect(run.outcome.status).toBe("failed");
    expect(run.outcome.status === "failed" && run.outcome.error.message).toMatch(/^The job exceeded its memory limit of 384 MiB \(BATON_JOB_MEMORY_MB\)\. .*OutOfMemory/);
  });

  it("fails a job that spins past its CPU time limit, naming the limit", async () => {
    const run = await runLimited({ BATON_JOB_CPU_SECONDS: 8 }, "while ($true) { }");
    expect(run.outcome.status).toBe("failed");
    expect(run.outcome.status === "failed" && run.outcome.error.message).toMatch(/^The job exceeded its CPU time limit of 8 s \(BATON_JOB_CPU_SECONDS\)\./);
  });

  // RLIMIT_NPROC counts every process of a uid: this runs as nobody so that it cannot starve the
  // other tests' jobs, which run as baton-job. Only root may start jobs as another user.
  it.runIf(process.getuid?.() === 0)("fails a job that starts processes without end at its process limit, naming the limit", async () => {
    const run = await runLimited(
      { BATON_JOB_USER: "nobody", BATON_JOB_MAX_PROCESSES: 200 },
      "while ($true) { $null = Start-Process -FilePath /usr/bin/sleep -ArgumentList 300 -PassThru }",
    );
    expect(run.outcome.status).toBe("failed");
    // .NET reports a thread it cannot start as an OutOfMemoryException, which reads as the memory
    // limit (seen on a loaded machine, where the runtime wants its threads before the script forks).
    expect(run.outcome.status === "failed" && run.outcome.error.message).toMatch(
      /^The job (reached its limit of 200 processes( or its memory limit of \d+ MiB)? \(BATON_JOB_MAX_PROCESSES|exceeded its memory limit of \d+ MiB \(BATON_JOB_MEMORY_MB\)\. .*OutOfMemoryException)/,
    );
  });
});
