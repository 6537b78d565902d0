import type { DbOrTx } from "@/lib/db";
import type { TransitionResult } from "@/lib/jobs/transition-job";
import type { HeldJob } from "./held-job";
import { transitionHeldJob } from "./transition-held-job";

/** PowerShell started the job: Activating → Running (refused when a stop came first, or the job is not this attempt's any more). */
export async function markJobRunning(db: DbOrTx, held: HeldJob): Promise<TransitionResult> {
  return transitionHeldJob(db, held, "Running", { expect: ["Activating"] });
}
