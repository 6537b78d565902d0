import type { DbOrTx } from "@/lib/db";
import { transitionJob, type TransitionResult } from "@/lib/jobs/transition-job";
import type { HoldingWorker } from "./holding-worker";

/**
 * The runbook finished without a terminating error (also when a stop or suspend came too late).
 * exitCode: what it passed to a top-level `exit` (0 here; others fail the job), when it called exit.
 */
export async function completeJob(db: DbOrTx, jobId: string, worker: HoldingWorker, exitCode?: number): Promise<TransitionResult> {
  return transitionJob(db, jobId, "Completed", { workerId: worker.id, actor: `worker:${worker.name}`, ...(exitCode !== undefined ? { set: { exitCode } } : {}) });
}
