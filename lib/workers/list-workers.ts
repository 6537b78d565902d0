import type { DbOrTx } from "@/lib/db";
import { toWorkerView, workerViewInclude, type WorkerView } from "./worker-view";

/** Every registered worker with its group, liveness and how many jobs it runs now. */
export async function listWorkers(db: DbOrTx, now = new Date()): Promise<WorkerView[]> {
  const rows = await db.worker.findMany({ orderBy: [{ group: { name: "asc" } }, { name: "asc" }], include: workerViewInclude });
  return rows.map((w) => toWorkerView(w, now));
}
