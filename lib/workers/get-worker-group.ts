import type { DbOrTx } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { toWorkerGroupView, workerGroupViewSelect, type WorkerGroupView } from "./worker-group-view";

export async function getWorkerGroup(db: DbOrTx, name: string): Promise<WorkerGroupView> {
  const row = await db.workerGroup.findUnique({ where: { name }, select: workerGroupViewSelect });
  if (!row) throw notFound(`Worker group ${name}`);
  return toWorkerGroupView(row);
}
