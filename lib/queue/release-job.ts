import type { DbOrTx } from "@/lib/db";
import type { TransitionResult } from "@/lib/jobs/transition-job";
import type { HeldJob } from "./held-job";
import { transitionHeldJob } from "./transition-held-job";

/**
 * Puts a held job back in the queue for another worker: the worker shuts down before running it,
 * or a restartable runbook's job is interrupted by a shutdown.
 */
export async function releaseJob(db: DbOrTx, held: HeldJob, reason: string): Promise<TransitionResult> {
  return transitionHeldJob(db, held, "Queued", { reason });
}
