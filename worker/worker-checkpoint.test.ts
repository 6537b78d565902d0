import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { routeTarget } from "@/lib/testing/route-target";
import { actingAs } from "@/lib/audit/testing/acting-as";
import { startAutomationServer } from "@/app/api/v1/automation/testing/automation-server";
import { controlJob } from "@/lib/jobs/control-job";
import { createPublishedRunbook, startJobs } from "@/lib/jobs/testing/job-fixtures";
import { createTestDb, oneTestProvider, type TestDb } from "@/lib/testing/test-db";
import { createPwshRunner } from "./pwsh-runner/create-pwsh-runner";
import { skipPwsh, testAssemblyCache, testIsolation, testPwsh } from "@/lib/testing/test-pwsh";
import { makeTempRoot } from "@/worker/testing/pwsh-runner-kit";
import type { JobRunner } from "./runner-types";
import { startWorker, type RunningWorker } from "./start-worker";

// The automation cmdlets reach the real automation routes, which read this test's database.

/**
 * Three steps, each saved with Set-AutomationCheckpoint; the first run waits after step 2 to be
 * suspended. A resumed run reads the saved state and continues after the last finished step.
 */
const runbook = `
$saved = Get-AutomationCheckpoint
$done = if ($saved) { [int] $saved.step } else { 0 }
if ($saved) { Write-Output "resumed after step $done of run $($saved.run)" }
$run = if ($saved) { $saved.run } else { [guid]::NewGuid().ToString('n').Substring(0, 8) }
foreach ($step in ($done + 1)..3) {
    Write-Output "step $step"
    Set-AutomationCheckpoint -State @{ step = $step; run = $run }
    if ($step -eq 2 -and -not $saved) {
        Write-Output 'waiting to be suspended'
        Start-Sleep -Seconds 600
    }
}
Write-Output 'finished'
`;

// One database (PostgreSQL when this run has it): the checkpoint's storage is tested on both databases by the automation API's and the worker loop's tests; here the subject is pwsh resuming from it.
describe.skipIf(skipPwsh).each(oneTestProvider("postgresql"))("checkpoint → suspend → resume with a real worker and pwsh on %s", (provider) => {
  let t: TestDb;
  let server: Awaited<ReturnType<typeof startAutomationServer>>;
  let runner: JobRunner;
  let worker: RunningWorker;
  const alice = actingAs("alice");

  beforeAll(async () => {
    t = await createTestDb(provider);
    routeTarget.db = t.db;
    server = await startAutomationServer();
    runner = createPwshRunner({ assemblyCache: testAssemblyCache(), pwsh: testPwsh(), isolation: testIsolation(), poolSize: 1, stopGraceMs: 2000, tempRoot: path.join(makeTempRoot(), "jobs") });
    worker = await startWorker({ db: t.db, databaseUrl: t.url, runner, name: `checkpoint-${provider}-${process.pid}`, group: "default", capacity: 1, apiUrl: server.url, version: "test", log: () => {} });
  });
  afterAll(async () => {
    await worker?.stop(0);
    await runner?.close();
    await server?.close();
    await t?.drop();
  });

  async function waitFor(jobId: string, until: (job: { status: string; outputs: string[] }) => boolean, what: string, timeoutMs = 60_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const job = await t.db.job.findUniqueOrThrow({ where: { id: jobId }, include: { streams: { where: { type: "output" }, orderBy: { seq: "asc" } } } });
      const view = { status: job.status, attempts: job.attempts, reason: job.statusReason, outputs: job.streams.map((s) => s.text ?? "") };
      if (until(view)) return view;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(view)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  it("continues from the saved state after a resume, skipping the finished steps", async () => {
    const rb = await createPublishedRunbook(t.db, { content: runbook });
    const [jobId] = await startJobs(t.db, rb.id, 1);
    await waitFor(jobId!, (j) => j.outputs.includes("waiting to be suspended"), "the first run to reach step 2");

    await controlJob(t.db, jobId!, "suspend", alice);
    const suspended = await waitFor(jobId!, (j) => j.status === "Suspended", "Suspended", 60_000);
    expect(suspended.outputs).toEqual(["step 1", "step 2", "waiting to be suspended"]);
    const saved = (await t.db.jobCheckpoint.findUniqueOrThrow({ where: { jobId } })).state as { step: number; run: string };
    expect(saved.step).toBe(2);

    await controlJob(t.db, jobId!, "resume", alice);
    const done = await waitFor(jobId!, (j) => j.status === "Completed" || j.status === "Failed", "the resumed run to end");
    expect(done).toMatchObject({ status: "Completed", attempts: 2 });
    // Steps 1 and 2 ran once, before the suspend; the resumed run starts at step 3.
    expect(done.outputs).toEqual(["step 1", "step 2", "waiting to be suspended", `resumed after step 2 of run ${saved.run}`, "step 3", "finished"]);
    expect((await t.db.jobCheckpoint.findUniqueOrThrow({ where: { jobId } })).state).toEqual({ step: 3, run: saved.run });
  });
});
