import type { DbOrTx } from "@/lib/db";
import { transitionJob, type TransitionResult } from "@/lib/jobs/transition-job";
import type { HoldingWorker } from "./holding-worker";

/**
 * Puts a held job back in the queue for another worker: the worker shuts down before running it,
 * or a restartable runbook's job is interrupted by a shutdown.
 */
export async function releaseJob(db: DbOrTx, jobId: string, worker: HoldingWorker, reason: string): Promise<TransitionResult> {
  return transitionJob(db, jobId, "Queued", { workerId: worker.id, actor: `worker:${worker.name}`, reason });
}
