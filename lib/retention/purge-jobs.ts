import type { Prisma } from "@/generated/postgresql/client";
import type { Db } from "@/lib/db";
import { terminalStatuses } from "@/lib/job-lifecycle/statuses";
import { dayMs, defaultPauseMs, pause, type BatchOptions } from "./batching";

export interface PurgeJobsOptions extends BatchOptions {
  /** Finished jobs that ended more than this many days ago go. */
  retentionDays: number;
  /** Only the newest this many jobs (of any status) are kept; older finished ones go. */
  maxJobRecords: number;
  now?: Date;
  /**
   * Stream records deleted per transaction at most: a batch holds fewer jobs when their streams are
   * long, and one job with a longer stream has it deleted in slices first.
   */
  streamRecordsPerBatch?: number;
}

export interface PurgeJobsResult {
  jobsDeleted: number;
  batches: number;
}

const defaultBatchSize = 500;
const defaultStreamRecordsPerBatch = 50_000;
/**
 * A job beyond the newest maxJobRecords that has only just finished (a long run started long ago)
 * stays this long, so whoever is still reading it — a parent's Wait-AutomationJob, an open job
 * page — gets to see its end.
 */
const countLimitGraceMs = 10 * 60 * 1000;

/**
 * Deletes finished (Completed, Failed, Stopped) jobs that ended more than `retentionDays` ago or fall
 * outside the newest `maxJobRecords` jobs. Queued, running and suspended jobs are never touched.
 * Their stream records, timeline and checkpoint go with them (ON DELETE CASCADE); schedule
 * occurrences keep their row and child jobs their own, with the reference set to null (ON DELETE SET
 * NULL). Deletes run in small batches with a pause between, so no transaction holds locks for long.
 */
export async function purgeJobs(db: Db, options: PurgeJobsOptions): Promise<PurgeJobsResult> {
  const now = options.now ?? new Date();
  const batchSize = options.batchSize ?? defaultBatchSize;
  const recordBudget = options.streamRecordsPerBatch ?? defaultStreamRecordsPerBatch;
  const where = await purgeableJobs(db, now, options);
  let jobsDeleted = 0;
  let batches = 0;
  while (!options.signal?.aborted) {
    const candidates = await db.job.findMany({ where, select: { id: true, streamSeq: true }, orderBy: { id: "asc" }, take: batchSize });
    if (candidates.length === 0) break;
    const batch = takeWithinBudget(candidates, recordBudget);
    if (batch.length === 1 && batch[0].streamSeq > recordBudget) await deleteStreamInSlices(db, batch[0].id, batch[0].streamSeq, recordBudget, options.pauseMs);
    // Finished jobs never change status again; the guard keeps a hand-edited row safe all the same.
    const deleted = await db.job.deleteMany({ where: { id: { in: batch.map((j) => j.id) }, status: { in: [...terminalStatuses] } } });
    jobsDeleted += deleted.count;
    batches++;
    await options.afterBatch?.();
    await pause(options.pauseMs ?? defaultPauseMs);
  }
  return { jobsDeleted, batches };
}

/** The jobs past either limit, as one filter (the newest-N boundary is fixed once per run). */
async function purgeableJobs(db: Db, now: Date, options: PurgeJobsOptions): Promise<Prisma.JobWhereInput> {
  const endedBefore = new Date(now.getTime() - options.retentionDays * dayMs);
  const tooOld: Prisma.JobWhereInput[] = [{ endedAt: { lt: endedBefore } }];
  // The oldest job still among the newest maxJobRecords; jobs ordered before it are beyond the limit.
  const oldestKept = await db.job.findFirst({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: options.maxJobRecords - 1,
    select: { id: true, createdAt: true },
  });
  if (oldestKept) {
    const settled = { endedAt: { lt: new Date(now.getTime() - countLimitGraceMs) } };
    tooOld.push({ ...settled, createdAt: { lt: oldestKept.createdAt } }, { ...settled, createdAt: oldestKept.createdAt, id: { lt: oldestKept.id } });
  }
  return { status: { in: [...terminalStatuses] }, OR: tooOld };
}

/** The longest prefix whose stream records fit the budget, but at least one job. */
function takeWithinBudget<J extends { streamSeq: number }>(jobs: J[], budget: number): J[] {
  let records = 0;
  let n = 0;
  while (n < jobs.length && (n === 0 || records + jobs[n].streamSeq <= budget)) records += jobs[n++].streamSeq;
  return jobs.slice(0, n);
}

async function deleteStreamInSlices(db: Db, jobId: string, lastSeq: number, slice: number, pauseMs = defaultPauseMs): Promise<void> {
  for (let from = 0; from < lastSeq; from += slice) {
    await db.jobStreamRecord.deleteMany({ where: { jobId, seq: { gt: from, lte: from + slice } } });
    await pause(pauseMs);
  }
}
