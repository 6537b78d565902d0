import type { DbOrTx } from "@/lib/db";
import type { HeldJob } from "./held-job";

/** Whether the job is still this attempt's and a stop asked for it, so the worker ends it as Stopped. */
export async function isStoppingOnWorker(db: DbOrTx, held: HeldJob): Promise<boolean> {
  const job = await db.job.findFirst({ where: { id: held.jobId, workerId: held.workerId, attempts: held.attempt, status: "Stopping" }, select: { id: true } });
  return job !== null;
}
