import type { DbOrTx } from "@/lib/db";
import type { TransitionResult } from "@/lib/jobs/transition-job";
import type { HeldJob } from "./held-job";
import { transitionHeldJob } from "./transition-held-job";

/** The runbook finished without a terminating error (also when a stop or suspend came too late). */
export async function completeJob(db: DbOrTx, held: HeldJob): Promise<TransitionResult> {
  return transitionHeldJob(db, held, "Completed");
}
