import type { DbOrTx } from "@/lib/db";
import { transitionJob, type TransitionResult } from "@/lib/jobs/transition-job";
import type { HoldingWorker } from "./holding-worker";

/** The runbook finished without a terminating error (also when a stop or suspend came too late). */
export async function completeJob(db: DbOrTx, jobId: string, worker: HoldingWorker): Promise<TransitionResult> {
  return transitionJob(db, jobId, "Completed", { workerId: worker.id, actor: `worker:${worker.name}` });
}
