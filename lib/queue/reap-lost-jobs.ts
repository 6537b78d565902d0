import type { Db } from "@/lib/db";
import { appendJobStreams } from "@/lib/jobs/append-job-streams";
import { loadJobLimits } from "@/lib/jobs/load-job-limits";
import { notifyJobQueued } from "@/lib/jobs/notify-job-queued";
import { activeStatuses, isJobStatus, type JobStatus } from "@/lib/job-lifecycle/statuses";
import { transitionJob } from "@/lib/jobs/transition-job";
import { leaseMs } from "./lease";

/**
 * A restartable runbook's job is re-queued after a lost worker at most this many times in all, so a
 * runbook that kills its worker every time (out of memory, say) ends Failed instead of looping.
 */
export const maxRestartAttempts = 3;

/** Jobs resolved per reaper pass; the next pass takes the rest. */
const batchSize = 100;

export interface ReapOptions {
  /** Only leases that ran out before this count as lost (default: now); see lib/queue/start-reaper.ts. */
  expiredBefore?: Date;
  /** Jobs this worker is running right now: the process that runs them knows they are not lost. */
  spare?: { workerId: string; jobIds: readonly string[] };
}

export interface ReapedJob {
  jobId: string;
  from: JobStatus;
  to: JobStatus;
  reason: string;
}

/**
 * Resolves jobs whose worker was lost: held (Activating, Running, Stopping, Suspending) with an
 * expired lease. A job that was stopping ends Stopped and one that was suspending ends Suspended
 * (what the user asked for; the checkpoint stays); one that outlived its timeout ends Failed; a
 * restartable runbook's job goes back to the queue; anything else ends Failed. Each gets a `system`
 * stream record saying what happened. Safe to run from any number of processes at once: every
 * change is guarded on the lease still being expired and on the attempt it saw, so a renewal that
 * wins the race keeps the job. The decision rests on the lease alone: a worker whose writes fail
 * keeps its jobs for as long as its lease says.
 */
export async function reapLostJobs(db: Db, now = new Date(), options: ReapOptions = {}): Promise<ReapedJob[]> {
  const expiredBefore = options.expiredBefore ?? now;
  const spared = options.spare && options.spare.jobIds.length > 0 ? [{ NOT: { workerId: options.spare.workerId, id: { in: [...options.spare.jobIds] } } }] : [];
  const lost = await db.job.findMany({
    where: { status: { in: [...activeStatuses] }, leaseExpiresAt: { lt: expiredBefore }, AND: spared },
    orderBy: { leaseExpiresAt: "asc" },
    take: batchSize,
    select: {
      id: true,
      status: true,
      runOn: true,
      attempts: true,
      startedAt: true,
      leaseExpiresAt: true,
      timeoutSeconds: true,
      workerId: true,
      worker: { select: { name: true } },
      runbook: { select: { restartable: true, timeoutSeconds: true } },
    },
  });
  if (lost.length === 0) return [];
  const limits = await loadJobLimits(db);
  const reaped: ReapedJob[] = [];
  for (const job of lost) {
    const from = job.status;
    if (!isJobStatus(from)) continue;
    const workerName = job.worker?.name ?? "that held it";
    const silentFor = Math.round((now.getTime() - (job.leaseExpiresAt!.getTime() - leaseMs)) / 1000);
    const timeout = job.timeoutSeconds ?? job.runbook.timeoutSeconds ?? limits.defaultJobTimeoutSeconds;
    const timedOut = job.startedAt !== null && now.getTime() - job.startedAt.getTime() > timeout * 1000;
    const lostText = `The worker ${workerName} was lost (no lease renewal for ${silentFor} s)`;
    let to: JobStatus;
    let reason: string;
    if (from === "Stopping") {
      [to, reason] = ["Stopped", `${lostText} while the job was stopping`];
    } else if (from === "Suspending") {
      [to, reason] = ["Suspended", `${lostText} while the job was suspending; resume runs it from its last checkpoint`];
    } else if (timedOut) {
      [to, reason] = ["Failed", `Job exceeded its timeout of ${timeout} s; ${lostText.charAt(0).toLowerCase()}${lostText.slice(1)}`];
    } else if (job.runbook.restartable && job.attempts < maxRestartAttempts) {
      [to, reason] = ["Queued", `${lostText}; re-queued because the runbook is restartable (attempt ${job.attempts} of ${maxRestartAttempts})`];
    } else if (job.runbook.restartable) {
      [to, reason] = ["Failed", `${lostText}; not re-queued after ${job.attempts} attempts`];
    } else {
      [to, reason] = ["Failed", lostText];
    }
    try {
      // One transaction: the system record exists exactly when the change happened.
      await db.$transaction(async (tx) => {
        await transitionJob(tx, job.id, to, {
          reason,
          actor: "system:reaper",
          expect: [from],
          guard: { leaseExpiresAt: { lt: expiredBefore }, workerId: job.workerId, attempts: job.attempts },
          ...(to === "Failed" ? { set: { exception: reason } } : {}),
        });
        await appendJobStreams(tx, job.id, [{ type: "system", ts: now, text: reason }], limits.maxJobOutputBytes);
      });
    } catch (err) {
      // Another reaper, or a late renewal, got there first.
      if ((err as { code?: string }).code === "conflict") continue;
      throw err;
    }
    if (to === "Queued") await notifyJobQueued(db, job.runOn);
    reaped.push({ jobId: job.id, from, to, reason });
  }
  return reaped;
}
