import type { Db } from "@/lib/db";
import { notifyJobQueued } from "@/lib/jobs/notify-job-queued";
import { claimJobs, type ClaimedJob, type ClaimingWorker } from "@/lib/queue/claim-jobs";
import { releaseJob } from "@/lib/queue/release-job";
import { watchQueuedJobs } from "./queued-job-wakes";

/** How often a waiting claim tries again without a wake: a lost wake costs this, not the whole wait. */
const defaultRecheckMs = 5_000;

/**
 * A remote worker's claim (lib/queue/claim-jobs.ts): when nothing is queued and `waitMs` > 0, it
 * waits on the server until a job of the worker's group is queued (woken at once), `waitMs` passes,
 * or the request ends (`signal`: the worker went away), and claims again. Nothing is claimed once
 * the request has ended; a job claimed while it ended is put back in the queue at once, since no
 * worker will ever hear of it.
 */
export async function claimJobsWaiting(
  db: Db,
  worker: ClaimingWorker,
  max: number,
  waitMs: number,
  signal: AbortSignal,
  { recheckMs = defaultRecheckMs }: { recheckMs?: number } = {},
): Promise<ClaimedJob[]> {
  if (waitMs <= 0) return claimUnlessGone(db, worker, max, signal);
  const deadline = Date.now() + waitMs;
  const watch = await watchQueuedJobs(db, worker.group);
  try {
    for (;;) {
      const jobs = await claimUnlessGone(db, worker, max, signal);
      const left = deadline - Date.now();
      if (jobs.length > 0 || left <= 0 || signal.aborted) return jobs;
      await watch.next(Math.min(left, recheckMs), signal);
    }
  } finally {
    watch.close();
  }
}

async function claimUnlessGone(db: Db, worker: ClaimingWorker, max: number, signal: AbortSignal): Promise<ClaimedJob[]> {
  if (signal.aborted) return [];
  const jobs = await claimJobs(db, worker, max);
  if (!signal.aborted || jobs.length === 0) return jobs;
  for (const job of jobs) {
    await releaseJob(db, { jobId: job.id, attempt: job.attempts, workerId: worker.id, workerName: worker.name }, "The worker's claim request ended before it received the job");
  }
  await notifyJobQueued(db, worker.group);
  return [];
}
