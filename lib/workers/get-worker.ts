import type { DbOrTx } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { toWorkerView, workerViewInclude, type WorkerView } from "./worker-view";

export async function getWorker(db: DbOrTx, workerId: string): Promise<WorkerView> {
  const row = await db.worker.findUnique({ where: { id: workerId }, include: workerViewInclude });
  if (!row) throw notFound("Worker");
  return toWorkerView(row);
}
