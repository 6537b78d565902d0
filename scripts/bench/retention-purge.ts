import crypto from "node:crypto";
import { createDb } from "@/lib/db/client";
import { createPublishedRunbook } from "@/lib/jobs/testing/job-fixtures";
import { purgeJobs } from "@/lib/retention/purge-jobs";

export interface PurgeTiming {
  jobs: number;
  totalMs: number;
  /** The longest single batch (its select and delete, pause excluded): how long the purge holds locks at most. */
  longestBatchMs: number;
}

/** Purges `jobs` finished jobs of `recordsPerJob` stream records each, with the production batch sizes and pause. */
export async function benchRetentionPurge(url: string, jobs: number, recordsPerJob: number): Promise<PurgeTiming> {
  const { db } = createDb(url);
  try {
    const runbook = await createPublishedRunbook(db);
    const endedAt = new Date(Date.now() - 400 * 24 * 60 * 60 * 1000);
    for (let i = 0; i < jobs; i += 500) {
      const ids = Array.from({ length: Math.min(500, jobs - i) }, () => crypto.randomUUID());
      await db.job.createMany({
        data: ids.map((id, k) => ({ id, runbookId: runbook.id, runbookVersionId: runbook.versionId, status: "Completed", startedByKind: "user", createdAt: new Date(endedAt.getTime() - i - k), endedAt, streamSeq: recordsPerJob })),
      });
      await db.jobStreamRecord.createMany({
        data: ids.flatMap((jobId) => Array.from({ length: recordsPerJob }, (_, s) => ({ jobId, seq: s + 1, type: "output", ts: endedAt, text: `record ${s + 1} of a long-finished job` }))),
      });
    }
    let longestBatchMs = 0;
    const started = performance.now();
    let batchStarted = started;
    const pauseMs = 50;
    await purgeJobs(db, {
      retentionDays: 30,
      maxJobRecords: 10_000_000,
      pauseMs,
      afterBatch: async () => {
        const now = performance.now();
        longestBatchMs = Math.max(longestBatchMs, now - batchStarted);
        batchStarted = now + pauseMs;
      },
    });
    return { jobs, totalMs: Math.round(performance.now() - started), longestBatchMs: Math.round(longestBatchMs) };
  } finally {
    await db.$disconnect();
  }
}
