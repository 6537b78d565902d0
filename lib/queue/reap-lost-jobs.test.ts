import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import { createPublishedRunbook, createWorkerRow, startJobs } from "@/lib/jobs/testing/job-fixtures";
import { transitionJob } from "@/lib/jobs/transition-job";
import { claimJobs } from "./claim-jobs";
import { maxRestartAttempts, reapLostJobs } from "./reap-lost-jobs";
import { renewLeases } from "./renew-leases";

describe.each(testProviders)("reapLostJobs and renewLeases on %s", (provider) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb(provider);
  });
  afterAll(async () => t?.drop());

  /** A job claimed by a fresh worker and moved to Running. */
  async function runningJob(options: Parameters<typeof createPublishedRunbook>[1] = {}) {
    const worker = await createWorkerRow(t.db, { group: `g-${Math.random().toString(36).slice(2, 8)}` });
    const rb = await createPublishedRunbook(t.db, options);
    const [jobId] = await startJobs(t.db, rb.id, 1, { runOn: worker.group });
    expect((await claimJobs(t.db, worker))[0]?.id).toBe(jobId);
    await transitionJob(t.db, jobId!, "Running", { workerId: worker.id });
    return { worker, jobId: jobId! };
  }
  const later = (ms: number) => new Date(Date.now() + ms);

  it("leaves jobs with a live lease alone", async () => {
    const { jobId } = await runningJob();
    const reaped = await reapLostJobs(t.db);
    expect(reaped.map((r) => r.jobId)).not.toContain(jobId);
    expect((await t.db.job.findUniqueOrThrow({ where: { id: jobId } })).status).toBe("Running");
  });

  it("fails a job whose lease expired, with a system record naming the lost worker", async () => {
    const { worker, jobId } = await runningJob();
    const reaped = await reapLostJobs(t.db, later(16_000));
    expect(reaped).toContainEqual(expect.objectContaining({ jobId, from: "Running", to: "Failed" }));
    const job = await t.db.job.findUniqueOrThrow({ where: { id: jobId }, include: { streams: true } });
    expect(job.status).toBe("Failed");
    expect(job.statusReason).toMatch(new RegExp(`^The worker ${worker.name} was lost`));
    expect(job.streams).toMatchObject([{ type: "system", text: job.statusReason }]);
    // A second pass finds nothing more to do.
    expect((await reapLostJobs(t.db, later(17_000))).map((r) => r.jobId)).not.toContain(jobId);
  });

  it("re-queues a restartable runbook's job, up to the attempt limit", async () => {
    const { worker, jobId } = await runningJob({ restartable: true });
    await reapLostJobs(t.db, later(16_000));
    let job = await t.db.job.findUniqueOrThrow({ where: { id: jobId } });
    expect(job).toMatchObject({ status: "Queued", workerId: null, leaseExpiresAt: null });
    expect(job.statusReason).toMatch(/re-queued because the runbook is restartable/);
    for (let attempt = 2; attempt <= maxRestartAttempts; attempt++) {
      expect((await claimJobs(t.db, worker))[0]?.id).toBe(jobId);
      await reapLostJobs(t.db, later(16_000));
    }
    job = await t.db.job.findUniqueOrThrow({ where: { id: jobId } });
    expect(job.status).toBe("Failed");
    expect(job.statusReason).toMatch(/not re-queued after 3 attempts/);
  });

  it("fails a lost job whose timeout elapsed even when restartable", async () => {
    const { jobId } = await runningJob({ restartable: true, timeoutSeconds: 5 });
    await reapLostJobs(t.db, later(16_000));
    const job = await t.db.job.findUniqueOrThrow({ where: { id: jobId } });
    expect(job.status).toBe("Failed");
    expect(job.statusReason).toMatch(/^Job exceeded its timeout of 5 s; the worker .* was lost/);
  });

  it("ends a stopping job Stopped and a suspending job Suspended", async () => {
    const a = await runningJob();
    const b = await runningJob();
    await transitionJob(t.db, a.jobId, "Stopping");
    await transitionJob(t.db, b.jobId, "Suspending");
    await reapLostJobs(t.db, later(16_000));
    expect((await t.db.job.findUniqueOrThrow({ where: { id: a.jobId } })).status).toBe("Stopped");
    expect((await t.db.job.findUniqueOrThrow({ where: { id: b.jobId } })).status).toBe("Suspended");
  });

  it("renewal extends leases and reports stop, suspend and lost jobs", async () => {
    const worker = await createWorkerRow(t.db, { group: "renew" });
    const rb = await createPublishedRunbook(t.db);
    const ids = await startJobs(t.db, rb.id, 3, { runOn: "renew" });
    for (const id of ids) {
      await claimJobs(t.db, worker);
      await transitionJob(t.db, id, "Running", { workerId: worker.id });
    }
    await t.db.job.updateMany({ where: { id: { in: ids } }, data: { leaseExpiresAt: new Date(Date.now() + 1000) } });
    await transitionJob(t.db, ids[0]!, "Stopping");
    await transitionJob(t.db, ids[1]!, "Suspending");
    const result = await renewLeases(t.db, worker.id, [...ids, "gone-job"].map((jobId) => ({ jobId, attempt: 1 })));
    expect(result.renewed.sort()).toEqual([...ids].sort());
    expect(result.actions).toEqual(
      expect.arrayContaining([
        { jobId: ids[0], attempt: 1, action: "stop" },
        { jobId: ids[1], attempt: 1, action: "suspend" },
        { jobId: "gone-job", attempt: 1, action: "lost" },
      ]),
    );
    const leases = await t.db.job.findMany({ where: { id: { in: ids } }, select: { leaseExpiresAt: true } });
    for (const l of leases) expect(l.leaseExpiresAt!.getTime()).toBeGreaterThan(Date.now() + 10_000);
  });

  it("a renewal that wins the race keeps the job from being reaped", async () => {
    const { worker, jobId } = await runningJob();
    await t.db.job.update({ where: { id: jobId }, data: { leaseExpiresAt: new Date(Date.now() - 1000) } });
    await renewLeases(t.db, worker.id, [{ jobId, attempt: 1 }]);
    await reapLostJobs(t.db);
    expect((await t.db.job.findUniqueOrThrow({ where: { id: jobId } })).status).toBe("Running");
  });
});
