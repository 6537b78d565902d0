import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendJobStreams } from "@/lib/jobs/append-job-streams";
import { createPublishedRunbook, createWorkerRow, startJobs } from "@/lib/jobs/testing/job-fixtures";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import { claimJobs } from "./claim-jobs";
import { completeJob } from "./complete-job";
import { failJob } from "./fail-job";
import type { HeldJob } from "./held-job";
import { isStoppingOnWorker } from "./is-stopping-on-worker";
import { markJobRunning } from "./mark-job-running";
import { prepareClaimedJob } from "./prepare-claimed-job";
import { reapLostJobs } from "./reap-lost-jobs";
import { releaseJob } from "./release-job";
import { renewLeases } from "./renew-leases";

describe.each(testProviders)("writes fenced by the attempt on %s", (provider) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb(provider);
  });
  afterAll(async () => t?.drop());

  const out = (text: string) => ({ type: "output" as const, ts: new Date(), text });

  /** A restartable job the reaper took from `worker` after a lease expiry, and the same worker claimed again. */
  async function reclaimed(group: string) {
    const worker = await createWorkerRow(t.db, { group });
    const rb = await createPublishedRunbook(t.db, { restartable: true });
    const [jobId] = await startJobs(t.db, rb.id, 1, { runOn: group });
    const [first] = await claimJobs(t.db, worker);
    const stale: HeldJob = { jobId: jobId!, workerId: worker.id, workerName: worker.name, attempt: first!.attempts };
    expect(await prepareClaimedJob(t.db, stale)).not.toBeNull();
    await markJobRunning(t.db, stale);
    await appendJobStreams(t.db, jobId!, [out("first run")], 1e9, { held: stale, firstIndex: 0 });
    expect((await reapLostJobs(t.db, new Date(Date.now() + 16_000))).map((r) => r.to)).toEqual(["Queued"]);
    const [second] = await claimJobs(t.db, worker);
    expect(second).toMatchObject({ id: jobId, attempts: 2 });
    const current: HeldJob = { ...stale, attempt: 2 };
    return { jobId: jobId!, stale, current };
  }

  it("refuses every write of an attempt the reaper re-queued, though the same worker holds the job again", async () => {
    const { jobId, stale, current } = await reclaimed(`fence-${provider}`);
    expect(await renewLeases(t.db, stale.workerId, [stale])).toEqual({ renewed: [], actions: [{ jobId, attempt: 1, action: "lost" }] });
    expect(await prepareClaimedJob(t.db, stale)).toBeNull();
    expect(await isStoppingOnWorker(t.db, stale)).toBe(false);
    await expect(markJobRunning(t.db, stale)).rejects.toMatchObject({ code: "conflict" });
    await expect(appendJobStreams(t.db, jobId, [out("stale")], 1e9, { held: stale, firstIndex: 1 })).rejects.toMatchObject({ code: "conflict" });
    await expect(completeJob(t.db, stale)).rejects.toMatchObject({ code: "conflict" });
    await expect(failJob(t.db, stale, { reason: "stale" })).rejects.toMatchObject({ code: "conflict" });
    await expect(releaseJob(t.db, stale, "stale")).rejects.toMatchObject({ code: "conflict" });

    // The current attempt's writes go through, and the job's end is the current attempt's.
    expect(await prepareClaimedJob(t.db, current)).not.toBeNull();
    await markJobRunning(t.db, current);
    expect((await renewLeases(t.db, current.workerId, [stale, current])).actions).toEqual([{ jobId, attempt: 1, action: "lost" }]);
    await appendJobStreams(t.db, jobId, [out("second run")], 1e9, { held: current, firstIndex: 0 });
    await completeJob(t.db, current);
    const job = await t.db.job.findUniqueOrThrow({ where: { id: jobId }, include: { streams: { orderBy: { seq: "asc" } } } });
    expect(job).toMatchObject({ status: "Completed", attempts: 2 });
    expect(job.streams.filter((s) => s.type === "output").map((s) => s.text)).toEqual(["first run", "second run"]);
  });

  it("stores a batch sent again after a lost answer once, and takes a retried status change that did commit as done", async () => {
    const worker = await createWorkerRow(t.db, { group: `retry-${provider}` });
    const rb = await createPublishedRunbook(t.db);
    const [jobId] = await startJobs(t.db, rb.id, 1, { runOn: worker.group });
    const [claimed] = await claimJobs(t.db, worker);
    const held: HeldJob = { jobId: jobId!, workerId: worker.id, workerName: worker.name, attempt: claimed!.attempts };
    await markJobRunning(t.db, held);
    await appendJobStreams(t.db, jobId!, [out("a"), out("b")], 1e9, { held, firstIndex: 0 });
    // The same batch again (its answer was lost), then one that overlaps it.
    expect((await appendJobStreams(t.db, jobId!, [out("a"), out("b")], 1e9, { held, firstIndex: 0 })).stored).toBe(0);
    expect((await appendJobStreams(t.db, jobId!, [out("b"), out("c")], 1e9, { held, firstIndex: 1 })).stored).toBe(1);
    await expect(appendJobStreams(t.db, jobId!, [out("e")], 1e9, { held, firstIndex: 4 })).rejects.toMatchObject({ code: "validation_failed", field: "firstIndex", message: expect.stringMatching(/only 3 are stored/) });
    await markJobRunning(t.db, held);
    const first = await completeJob(t.db, held);
    expect(await completeJob(t.db, held)).toEqual(first);
    const job = await t.db.job.findUniqueOrThrow({ where: { id: jobId }, include: { streams: { orderBy: { seq: "asc" } }, statusChanges: true } });
    expect(job.streams.map((s) => s.text)).toEqual(["a", "b", "c"]);
    expect(job.statusChanges.filter((c) => c.toStatus === "Completed")).toHaveLength(1);
  });
});
