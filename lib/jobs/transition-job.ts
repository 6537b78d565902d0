import type { DbOrTx, Tx } from "@/lib/db";
import type { Prisma } from "@/generated/postgresql/client";
import { AppError, notFound } from "@/lib/errors";
import { storableText } from "@/lib/db/storable-text";
import { canTransition, isJobStatus, isTerminal, transitionVerb, type JobStatus } from "@/lib/job-lifecycle/statuses";

export interface TransitionOptions {
  /** Why the job is now in this status (shown with the status and in the timeline). */
  reason?: string | null;
  /** Who caused it: "user:alice", "worker:host-123", "system". */
  actor?: string | null;
  /** Proceed only from one of these statuses; anything else is a conflict. */
  expect?: readonly JobStatus[];
  /**
   * Proceed only while this worker holds the job. A worker that lost its lease (and whose job was
   * reaped or re-claimed elsewhere) must not finish a job it no longer owns.
   */
  workerId?: string;
  /**
   * With workerId: proceed only while the worker holds this attempt (lib/jobs/held-attempt.ts), so a
   * run the reaper gave up on cannot change a job the same worker has claimed again since.
   */
  attempt?: number;
  /**
   * A further condition the job must meet at the moment of the update (the reaper's "lease still
   * expired"). When it fails the transition is a conflict; it is not retried.
   */
  guard?: Prisma.JobWhereInput;
  /** Further columns to write in the same guarded update (exception text, lease, …). */
  set?: Prisma.JobUncheckedUpdateManyInput;
}

export interface TransitionResult {
  jobId: string;
  from: JobStatus;
  to: JobStatus;
  at: Date;
}

/** Concurrent changes make the guarded update miss; re-read and re-check this many times. */
const maxRounds = 5;

/**
 * The only function that changes Job.status (the queue's claim aside, see lib/queue/claim-jobs.ts).
 * It checks the transition against lib/job-lifecycle/statuses.ts, applies it with a guard on the status it
 * checked (UPDATE … WHERE id = ? AND status = ?), and writes the timeline row in the same
 * transaction. An illegal transition throws AppError("conflict", "Cannot stop a job that is Completed").
 */
export async function transitionJob(db: DbOrTx, jobId: string, to: JobStatus, options: TransitionOptions = {}): Promise<TransitionResult> {
  // A reason may quote what a runbook wrote (its exception), which may hold a NUL.
  const reason = options.reason == null ? null : storableText(options.reason);
  for (let round = 0; round < maxRounds; round++) {
    const current = await db.job.findUnique({ where: { id: jobId }, select: { status: true, workerId: true, attempts: true } });
    if (!current) throw notFound("Job");
    if (!isJobStatus(current.status)) throw new AppError("conflict", `Job ${jobId} has an unknown status "${current.status}"`);
    const from = current.status;
    if (options.workerId !== undefined && current.workerId !== options.workerId) {
      throw new AppError("conflict", `Job ${jobId} is no longer held by this worker (it is ${from})`);
    }
    if (options.attempt !== undefined && current.attempts !== options.attempt) {
      throw new AppError("conflict", `Job ${jobId} is no longer held by attempt ${options.attempt} (it is ${from} in attempt ${current.attempts})`);
    }
    if (!canTransition(from, to) || (options.expect && !options.expect.includes(from))) {
      throw new AppError("conflict", `Cannot ${transitionVerb(to)} a job that is ${from}`);
    }
    const at = new Date();
    const apply = async (tx: Tx): Promise<boolean> => {
      const updated = await tx.job.updateMany({
        where: {
          ...options.guard,
          id: jobId,
          status: from,
          ...(options.workerId !== undefined ? { workerId: options.workerId } : {}),
          ...(options.attempt !== undefined ? { attempts: options.attempt } : {}),
        },
        data: { ...sideEffects(to, at), statusReason: reason, ...options.set, status: to },
      });
      if (updated.count === 0) return false;
      await tx.jobStatusChange.create({ data: { jobId, fromStatus: from, toStatus: to, reason, actor: options.actor ?? null, at } });
      return true;
    };
    // Inside a caller's transaction the change joins it; otherwise it gets its own.
    const applied = "$connect" in db ? await db.$transaction(apply) : await apply(db);
    if (applied) return { jobId, from, to, at };
    if (options.guard) throw new AppError("conflict", `Job ${jobId} no longer meets the condition for this change`);
  }
  throw new AppError("conflict", `Job ${jobId} changed concurrently; try again`);
}

/** Columns that follow from entering a status, kept here so no caller has to remember them. */
function sideEffects(to: JobStatus, at: Date): Prisma.JobUncheckedUpdateManyInput {
  if (to === "Queued") {
    // Back in the queue: no worker holds it; a fresh token is issued at the next claim.
    return { workerId: null, leaseExpiresAt: null, queuedAt: at, automationTokenHash: null, pendingAction: null };
  }
  if (to === "Running") return { startedAt: at };
  if (to === "Suspended" || isTerminal(to)) {
    // Nothing runs any more: the lease and the runbook's automation token end with it.
    return { leaseExpiresAt: null, automationTokenHash: null, pendingAction: null, ...(isTerminal(to) ? { endedAt: at } : {}) };
  }
  return {};
}

/** Whether transitionJob refused the change (illegal, not held, gone), rather than failing to reach the database. */
export function isRefusedTransition(err: unknown): boolean {
  return err instanceof AppError && (err.code === "conflict" || err.code === "not_found");
}
