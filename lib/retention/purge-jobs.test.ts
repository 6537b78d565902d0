import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/db/client";
import { createPublishedRunbook, type RunbookFixture } from "@/lib/jobs/testing/job-fixtures";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import { purgeJobs } from "./purge-jobs";
import { createJobRow, createOldFinishedJobs } from "./testing/job-rows";

const now = new Date();

describe.each(testProviders)("job retention purge on %s", (provider) => {
  let t: TestDb;
  let rb: RunbookFixture;
  beforeAll(async () => {
    t = await createTestDb(provider);
  });
  afterAll(async () => t?.drop());

  async function freshRunbook() {
    await t.db.job.deleteMany({});
    rb = await createPublishedRunbook(t.db);
    return (status: string, ageDays: number, extra: { streamRecords?: number; parentJobId?: string } = {}) =>
      createJobRow(t.db, { runbookId: rb.id, runbookVersionId: rb.versionId, status, ageDays, now, ...extra });
  }

  it("deletes finished jobs past the retention period with their streams, timeline and checkpoint, and nothing else", async () => {
    const job = await freshRunbook();
    const oldDone = await Promise.all(["Completed", "Failed", "Stopped"].map((s) => job(s, 40)));
    const oldUnfinished = await Promise.all(["Queued", "Running", "Suspended", "Activating", "Stopping"].map((s) => job(s, 40)));
    const recentDone = await job("Completed", 10);
    const childOfOld = await job("Completed", 2, { parentJobId: oldDone[0] });
    const schedule = await t.db.schedule.create({ data: { name: `s-${provider}`, kind: "daily", startAt: now } });
    const link = await t.db.jobSchedule.create({ data: { scheduleId: schedule.id, runbookId: rb.id } });
    const occurrence = await t.db.scheduleOccurrence.create({ data: { scheduleId: schedule.id, jobScheduleId: link.id, occurrenceAt: now, decision: "started", jobId: oldDone[1] } });

    const result = await purgeJobs(t.db, { retentionDays: 30, maxJobRecords: 1_000, now, pauseMs: 0 });

    expect(result.jobsDeleted).toBe(3);
    const left = new Set((await t.db.job.findMany({ select: { id: true } })).map((j) => j.id));
    expect([...left].sort()).toEqual([...oldUnfinished, recentDone, childOfOld].sort());
    for (const model of [t.db.jobStreamRecord, t.db.jobStatusChange, t.db.jobCheckpoint] as const) {
      expect(await (model as typeof t.db.jobStreamRecord).count({ where: { jobId: { in: oldDone } } })).toBe(0);
    }
    expect(await t.db.jobStreamRecord.count({ where: { jobId: recentDone } })).toBe(3);
    expect(await t.db.scheduleOccurrence.findUnique({ where: { id: occurrence.id } })).toMatchObject({ jobId: null, decision: "started" });
    expect(await t.db.job.findUnique({ where: { id: childOfOld }, select: { parentJobId: true } })).toEqual({ parentJobId: null });
  });

  it("keeps the newest maxJobRecords jobs and deletes finished ones beyond them, oldest first", async () => {
    const job = await freshRunbook();
    const ids: string[] = [];
    // Oldest first: day 9 … day 1; the running one is among the oldest and must survive.
    for (let age = 9; age >= 1; age--) ids.push(await job(age === 8 ? "Running" : "Completed", age));
    // An old job that has only just finished is left to its readers for a while.
    await t.db.job.update({ where: { id: ids[2] }, data: { endedAt: new Date(now.getTime() - 60_000) } });
    const result = await purgeJobs(t.db, { retentionDays: 365, maxJobRecords: 5, now, pauseMs: 0 });
    expect(result.jobsDeleted).toBe(2);
    const left = (await t.db.job.findMany({ select: { id: true } })).map((j) => j.id).sort();
    expect(left).toEqual([ids[1], ids[2], ...ids.slice(4)].sort());
    expect(await purgeJobs(t.db, { retentionDays: 365, maxJobRecords: 5, now, pauseMs: 0 })).toEqual({ jobsDeleted: 0, batches: 0 });
  });

  it("works through more jobs than one batch, and slices a stream longer than the per-batch budget", async () => {
    await freshRunbook();
    await createOldFinishedJobs(t.db, { runbookId: rb.id, runbookVersionId: rb.versionId, count: 1_203, ageDays: 60, now });
    const long = await createJobRow(t.db, { runbookId: rb.id, runbookVersionId: rb.versionId, status: "Failed", ageDays: 60, now, streamRecords: 25 });
    const kept = await createJobRow(t.db, { runbookId: rb.id, runbookVersionId: rb.versionId, status: "Completed", ageDays: 1, now });
    const batchSizes: number[] = [];
    let before = await t.db.job.count();
    const result = await purgeJobs(t.db, {
      retentionDays: 30,
      maxJobRecords: 10_000,
      now,
      pauseMs: 0,
      batchSize: 500,
      streamRecordsPerBatch: 10,
      afterBatch: async () => {
        const count = await t.db.job.count();
        batchSizes.push(before - count);
        before = count;
      },
    });
    expect(result.jobsDeleted).toBe(1_204);
    expect(Math.max(...batchSizes)).toBeLessThanOrEqual(500);
    expect(batchSizes.reduce((a, b) => a + b, 0)).toBe(1_204);
    expect(result.batches).toBe(batchSizes.length);
    expect(await t.db.jobStreamRecord.count({ where: { jobId: long } })).toBe(0);
    expect((await t.db.job.findMany({ select: { id: true } })).map((j) => j.id)).toEqual([kept]);
  });

  it("two purges at once (two connections, as two processes) both finish and delete each job once", async () => {
    await freshRunbook();
    await createOldFinishedJobs(t.db, { runbookId: rb.id, runbookVersionId: rb.versionId, count: 700, ageDays: 60, now });
    const other = createDb(t.url, { poolSize: 2 }).db;
    try {
      const options = { retentionDays: 30, maxJobRecords: 10_000, now, pauseMs: 0, batchSize: 100 };
      const [a, b] = await Promise.all([purgeJobs(t.db, options), purgeJobs(other, options)]);
      expect(a.jobsDeleted + b.jobsDeleted).toBe(700);
      expect(await t.db.job.count()).toBe(0);
    } finally {
      await other.$disconnect();
    }
  });

  it("stops after the current batch when its signal aborts", async () => {
    await freshRunbook();
    await createOldFinishedJobs(t.db, { runbookId: rb.id, runbookVersionId: rb.versionId, count: 30, ageDays: 60, now });
    const abort = new AbortController();
    const result = await purgeJobs(t.db, { retentionDays: 30, maxJobRecords: 10_000, now, pauseMs: 0, batchSize: 10, signal: abort.signal, afterBatch: async () => abort.abort() });
    expect(result).toEqual({ jobsDeleted: 10, batches: 1 });
    expect(await t.db.job.count()).toBe(20);
  });
});
