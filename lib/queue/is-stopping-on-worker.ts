import type { DbOrTx } from "@/lib/db";

/** Whether the job is still this worker's and a stop asked for it, so the worker ends it as Stopped. */
export async function isStoppingOnWorker(db: DbOrTx, jobId: string, workerId: string): Promise<boolean> {
  const job = await db.job.findUnique({ where: { id: jobId }, select: { status: true, workerId: true } });
  return job?.workerId === workerId && job.status === "Stopping";
}
