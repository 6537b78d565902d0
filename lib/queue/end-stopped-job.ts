import type { DbOrTx } from "@/lib/db";
import type { TransitionResult } from "@/lib/jobs/transition-job";
import type { HeldJob } from "./held-job";
import { transitionHeldJob } from "./transition-held-job";

/**
 * The worker stopped the job's PowerShell as asked: Stopping → Stopped, or Suspending → Suspended
 * (the checkpoint stays for the resume). The target follows from the status the job is in, so a
 * stop that overrode a suspend ends Stopped.
 */
export async function endStoppedJob(db: DbOrTx, held: HeldJob, reason?: string): Promise<TransitionResult> {
  const job = await db.job.findUnique({ where: { id: held.jobId }, select: { status: true, statusReason: true } });
  const to = job?.status === "Suspending" || job?.status === "Suspended" ? "Suspended" : "Stopped";
  // Without a reason of its own, the job keeps the one it was stopped with ("Stopped by alice").
  return transitionHeldJob(db, held, to, { reason: reason ?? job?.statusReason ?? null, expect: ["Stopping", "Suspending"] });
}
