import type { DbOrTx } from "@/lib/db";
import type { TransitionResult } from "@/lib/jobs/transition-job";
import type { HeldJob } from "./held-job";
import { transitionHeldJob } from "./transition-held-job";

/** Shows "Stopping" while the worker stops a running job itself (its timeout, a shutdown); refused once it is past Running. */
export async function markJobStopping(db: DbOrTx, held: HeldJob, reason: string): Promise<TransitionResult> {
  return transitionHeldJob(db, held, "Stopping", { reason, expect: ["Running"] });
}
