import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { actingAs } from "@/lib/audit/testing/acting-as";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import { startDebugSession } from "@/lib/debug/start-debug-session";
import { controlJob } from "@/lib/jobs/control-job";
import { createPublishedRunbook, startJobs } from "@/lib/jobs/testing/job-fixtures";
import { reapLostJobs } from "@/lib/queue/reap-lost-jobs";
import { createRunbook } from "@/lib/runbooks/create-runbook";
import { createRunbookSchema } from "@/lib/runbooks/schemas";
import { startWorker, type RunningWorker } from "./start-worker";
import { createScriptedRunner } from "./testing/scripted-runner";

describe.each(testProviders)("worker loop on %s", (provider) => {
  let t: TestDb;
  const workers: RunningWorker[] = [];
  const user = actingAs("alice");
  beforeAll(async () => {
    t = await createTestDb(provider);
  });
  afterEach(async () => {
    await Promise.all(workers.splice(0).map((w) => w.stop(0)));
  });
  afterAll(async () => t?.drop());

  async function worker(runner = createScriptedRunner(), group = "default") {
    const w = await startWorker({ db: t.db, databaseUrl: t.url, runner, name: `w-${workers.length}-${Date.now()}`, group, capacity: 2, apiUrl: "http://127.0.0.1:1", version: "test", log: () => {} });
    workers.push(w);
    return { w, runner };
  }
  async function waitFor(jobId: string, statuses: string[], timeoutMs = 60_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const job = await t.db.job.findUniqueOrThrow({ where: { id: jobId }, include: { streams: { orderBy: { seq: "asc" } } } });
      if (statuses.includes(job.status)) return job;
      if (Date.now() > deadline) throw new Error(`job is ${job.status}, expected ${statuses.join("|")}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  it("runs a job to Completed with its output, and clears the automation token", async () => {
    const { runner } = await worker();
    const rb = await createPublishedRunbook(t.db, { content: "out hello\nout world" });
    const [jobId] = await startJobs(t.db, rb.id, 1, { parameters: {} });
    const job = await waitFor(jobId!, ["Completed", "Failed"]);
    expect(job.status).toBe("Completed");
    expect(job.streams.map((s) => s.text)).toEqual(["hello", "world"]);
    expect(job.automationTokenHash).toBeNull();
    expect(runner.specs[0]).toMatchObject({ jobId, runbookName: rb.name, script: "out hello\nout world", automationToken: expect.stringMatching(/^bjt_/) });
  });

  it("runs a job in its runbook's host mode, else its worker group's; a debug session of the draft in a process of its own", async () => {
    const { runner } = await worker(createScriptedRunner(), "shared-hosts");
    await t.db.workerGroup.update({ where: { name: "shared-hosts" }, data: { hostMode: "shared" } });
    const groupsChoice = await createPublishedRunbook(t.db, { content: "out group" });
    const ownProcess = await createPublishedRunbook(t.db, { content: "out own", hostMode: "process" });
    const [inherited] = await startJobs(t.db, groupsChoice.id, 1, { runOn: "shared-hosts" });
    const [overridden] = await startJobs(t.db, ownProcess.id, 1, { runOn: "shared-hosts" });
    const draft = await createRunbook(t.db, createRunbookSchema.parse({ name: `Debugged-${Date.now()}`, content: "out debugged" }), user);
    await t.db.runbook.update({ where: { id: draft.id }, data: { hostMode: "shared" } });
    const person = await t.db.user.create({ data: { username: `debugger-${Date.now()}`, displayName: "Debugger" } });
    const { jobId: debugged } = await startDebugSession(t.db, draft.id, { runOn: "shared-hosts" }, { kind: "user", userId: person.id, name: person.username });
    for (const jobId of [inherited!, overridden!, debugged]) expect((await waitFor(jobId, ["Completed", "Failed"])).status).toBe("Completed");
    const modeOf = (jobId: string) => runner.specs.find((s) => s.jobId === jobId)?.hostMode;
    expect([modeOf(inherited!), modeOf(overridden!), modeOf(debugged)]).toEqual(["shared", "process", "process"]);
    expect(runner.specs.find((s) => s.jobId === debugged)?.debug).toEqual({ breakpoints: [] });
  });

  it("records a runbook failure and a runner that cannot start", async () => {
    await worker(createScriptedRunner({ startFails: "pwsh not found" }), "broken");
    const rb = await createPublishedRunbook(t.db, { content: "fail boom" });
    const [a] = await startJobs(t.db, rb.id, 1, { runOn: "broken" });
    const failedStart = await waitFor(a!, ["Failed"]);
    expect(failedStart.statusReason).toBe("PowerShell could not be started: pwsh not found");
    await worker();
    const [b] = await startJobs(t.db, rb.id, 1);
    const failed = await waitFor(b!, ["Failed", "Completed"]);
    expect(failed).toMatchObject({ status: "Failed", statusReason: "boom" });
  });

  it("stops a long job when asked (learned at the next lease renewal), long before it would end", async () => {
    await worker();
    const rb = await createPublishedRunbook(t.db, { content: "out started\nsleep 600000\nout never" });
    const [jobId] = await startJobs(t.db, rb.id, 1);
    await waitFor(jobId!, ["Running"]);
    await controlJob(t.db, jobId!, "stop", user);
    const job = await waitFor(jobId!, ["Stopped"], 60_000);
    expect(job.statusReason).toBe("Stop requested by alice");
    expect(job.streams.map((s) => s.text)).toEqual(["started"]);
  });

  it("fails a job that exceeds its timeout", async () => {
    await worker();
    const rb = await createPublishedRunbook(t.db, { content: "sleep 600000", timeoutSeconds: 1 });
    const [jobId] = await startJobs(t.db, rb.id, 1);
    const job = await waitFor(jobId!, ["Failed"]);
    expect(job.statusReason).toBe("Job exceeded its timeout of 1 s");
    expect(job.streams.map((s) => [s.type, s.text])).toEqual([["system", "Job exceeded its timeout of 1 s"]]);
  });

  it("suspends, then resumes with the checkpoint in the next run's spec", async () => {
    const { runner } = await worker();
    const rb = await createPublishedRunbook(t.db, { content: "checkpoint\nsleep 600000" });
    const [jobId] = await startJobs(t.db, rb.id, 1);
    await waitFor(jobId!, ["Running"]);
    await t.db.jobCheckpoint.create({ data: { jobId: jobId!, state: { step: 2 } } });
    await controlJob(t.db, jobId!, "suspend", user);
    const suspended = await waitFor(jobId!, ["Suspended"], 60_000);
    expect(suspended.automationTokenHash).toBeNull();
    await controlJob(t.db, jobId!, "resume", user);
    await waitFor(jobId!, ["Running"]);
    expect(runner.specs.filter((s) => s.jobId === jobId).map((s) => s.checkpoint)).toEqual([undefined, { step: 2 }]);
    const job = await t.db.job.findUniqueOrThrow({ where: { id: jobId } });
    expect(job.attempts).toBe(2);
    await controlJob(t.db, jobId!, "stop", user);
    await waitFor(jobId!, ["Stopped"], 60_000);
  });

  it("drains on shutdown: a restartable job goes back to the queue, another ends Stopped, worker offline", async () => {
    const { w } = await worker(createScriptedRunner(), "drain");
    const plain = await createPublishedRunbook(t.db, { content: "sleep 600000" });
    const restartable = await createPublishedRunbook(t.db, { content: "sleep 600000", restartable: true });
    const [p] = await startJobs(t.db, plain.id, 1, { runOn: "drain" });
    const [r] = await startJobs(t.db, restartable.id, 1, { runOn: "drain" });
    await waitFor(p!, ["Running"]);
    await waitFor(r!, ["Running"]);
    await w.stop(200);
    workers.splice(workers.indexOf(w), 1);
    const stopped = await waitFor(p!, ["Stopped"], 1);
    expect(stopped.statusReason).toBe(`Worker ${w.worker.name} is shutting down`);
    const requeued = await waitFor(r!, ["Queued"], 1);
    expect(requeued.statusReason).toMatch(/re-queued because the runbook is restartable/);
    expect((await t.db.worker.findUniqueOrThrow({ where: { id: w.worker.id } })).state).toBe("offline");
  });

  it("ends its PowerShell without touching a job the reaper resolved meanwhile", async () => {
    const { w } = await worker();
    const rb = await createPublishedRunbook(t.db, { content: "sleep 600000" });
    const [jobId] = await startJobs(t.db, rb.id, 1);
    await waitFor(jobId!, ["Running"]);
    // The worker renews its lease every second: a renewal between the expiry and the reap undoes the
    // expiry (and the reaper rightly leaves the job), so expire and reap until the reaper has taken it.
    let reaped: Awaited<ReturnType<typeof reapLostJobs>> = [];
    while (!reaped.some((r) => r.jobId === jobId)) {
      await t.db.job.update({ where: { id: jobId }, data: { leaseExpiresAt: new Date(Date.now() - 1) } });
      reaped = await reapLostJobs(t.db);
    }
    expect((await waitFor(jobId!, ["Failed"])).statusReason).toMatch(/was lost/);
    const deadline = Date.now() + 10_000;
    while (w.loop.runningJobs().length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(w.loop.runningJobs()).toEqual([]);
    const job = await t.db.job.findUniqueOrThrow({ where: { id: jobId } });
    expect(job.status).toBe("Failed");
  });
});
