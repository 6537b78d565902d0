import type { DbOrTx } from "@/lib/db";
import { toWorkerGroupView, workerGroupViewSelect, type WorkerGroupView } from "./worker-group-view";

export async function listWorkerGroups(db: DbOrTx, now = new Date()): Promise<WorkerGroupView[]> {
  const rows = await db.workerGroup.findMany({ select: workerGroupViewSelect, orderBy: { name: "asc" } });
  return rows.map((r) => toWorkerGroupView(r, now));
}
