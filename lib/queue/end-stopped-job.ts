import type { DbOrTx } from "@/lib/db";
import { transitionJob, type TransitionResult } from "@/lib/jobs/transition-job";
import type { HoldingWorker } from "./holding-worker";

/**
 * The worker stopped the job's PowerShell as asked: Stopping → Stopped, or Suspending → Suspended
 * (the checkpoint stays for the resume). The target follows from the status the job is in, so a
 * stop that overrode a suspend ends Stopped.
 */
export async function endStoppedJob(db: DbOrTx, jobId: string, worker: HoldingWorker, reason?: string): Promise<TransitionResult> {
  const job = await db.job.findUnique({ where: { id: jobId }, select: { status: true, statusReason: true } });
  const to = job?.status === "Suspending" ? "Suspended" : "Stopped";
  // Without a reason of its own, the job keeps the one it was stopped with ("Stopped by alice").
  return transitionJob(db, jobId, to, {
    workerId: worker.id,
    actor: `worker:${worker.name}`,
    reason: reason ?? job?.statusReason ?? null,
    expect: ["Stopping", "Suspending"],
  });
}
