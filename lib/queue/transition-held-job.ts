import type { Prisma } from "@/generated/postgresql/client";
import type { DbOrTx } from "@/lib/db";
import { isRefusedTransition, transitionJob, type TransitionResult } from "@/lib/jobs/transition-job";
import { isJobStatus, type JobStatus } from "@/lib/job-lifecycle/statuses";
import { workerActor, type HeldJob } from "./held-job";

export interface HeldTransitionOptions {
  reason?: string | null;
  expect?: readonly JobStatus[];
  set?: Prisma.JobUncheckedUpdateManyInput;
}

/**
 * A status change a worker records for a job it holds, fenced by its attempt. The worker retries a
 * change whose answer it did not get (the database went away mid-call); when the first try did
 * commit, the retry finds the job already changed by this attempt and returns that change instead of
 * a conflict, so a completed job is never mistaken for a lost one.
 */
export async function transitionHeldJob(db: DbOrTx, held: HeldJob, to: JobStatus, options: HeldTransitionOptions = {}): Promise<TransitionResult> {
  try {
    return await transitionJob(db, held.jobId, to, { ...options, workerId: held.workerId, attempt: held.attempt, actor: workerActor(held) });
  } catch (err) {
    if (!isRefusedTransition(err)) throw err;
    const recorded = await alreadyRecorded(db, held, to);
    if (recorded) return recorded;
    throw err;
  }
}

async function alreadyRecorded(db: DbOrTx, held: HeldJob, to: JobStatus): Promise<TransitionResult | null> {
  const job = await db.job.findFirst({
    // A job back in the queue has no worker; its attempt number still says whose release it was.
    where: { id: held.jobId, attempts: held.attempt, status: to, workerId: to === "Queued" ? null : held.workerId },
    select: { statusChanges: { orderBy: { id: "desc" }, take: 1, select: { fromStatus: true, toStatus: true, actor: true, at: true } } },
  });
  const last = job?.statusChanges[0];
  if (!last || last.toStatus !== to || last.actor !== workerActor(held) || !last.fromStatus || !isJobStatus(last.fromStatus)) return null;
  return { jobId: held.jobId, from: last.fromStatus, to, at: last.at };
}
