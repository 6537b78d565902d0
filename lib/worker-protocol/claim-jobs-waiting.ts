import type { Db } from "@/lib/db";
import { notifyJobQueued } from "@/lib/jobs/notify-job-queued";
import { claimJobs, type ClaimedJob, type ClaimingWorker } from "@/lib/queue/claim-jobs";
import { releaseJob } from "@/lib/queue/release-job";
import { watchQueuedJobs } from "./queued-job-wakes";

/** How often a waiting claim looks for a queued job without a wake: a lost wake costs this, not the whole wait. */
const defaultRecheckMs = 5_000;

/**
 * A remote worker's claim (lib/queue/claim-jobs.ts). It claims at once; when nothing is queued and
 * `waitMs` > 0, it then waits on the server until a job of the worker's group is queued (woken at
 * once, or seen by a look every `recheckMs`), `waitMs` passes, or the request ends (`signal`), and
 * answers with nothing claimed: the worker claims with a second call. A claim after the wait could
 * hand the job to a connection nobody reads any more, since a cut link ends no request on the
 * server; the call that claims is short, and was just sent. Nothing is claimed once the request has
 * ended; a job claimed while it ended is put back in the queue at once, since no worker will ever
 * hear of it.
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
  // Watching starts before the claim, so a job queued between the claim and the wait still wakes it.
  const watch = await watchQueuedJobs(db, worker.group);
  try {
    const jobs = await claimUnlessGone(db, worker, max, signal);
    if (jobs.length > 0) return jobs;
    for (;;) {
      const left = deadline - Date.now();
      if (left <= 0 || signal.aborted) return [];
      if (await watch.next(Math.min(left, recheckMs), signal)) return [];
      if (await hasQueuedJob(db, worker.group)) return [];
    }
  } finally {
    watch.close();
  }
}

/** A read, not a claim: whether a job of the group waits in the queue. */
async function hasQueuedJob(db: Db, group: string): Promise<boolean> {
  return (await db.job.findFirst({ where: { status: "Queued", runOn: group }, select: { id: true } })) !== null;
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
