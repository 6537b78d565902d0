import type { DbOrTx } from "@/lib/db";
import type { TransitionResult } from "@/lib/jobs/transition-job";
import type { HeldJob } from "./held-job";
import { transitionHeldJob } from "./transition-held-job";

/**
 * The runbook finished without a terminating error (also when a stop or suspend came too late).
 * exitCode: what it passed to a top-level `exit` (0 here; others fail the job), when it called exit.
 */
export async function completeJob(db: DbOrTx, held: HeldJob, exitCode?: number): Promise<TransitionResult> {
  return transitionHeldJob(db, held, "Completed", exitCode !== undefined ? { set: { exitCode } } : {});
}
