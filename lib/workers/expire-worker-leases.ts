import type { DbOrTx } from "@/lib/db";
import { activeStatuses } from "@/lib/job-lifecycle/statuses";

/**
 * Marks every job a worker holds as lost now (lease expired), for the reaper to resolve. Used when a
 * worker restarts under the same name: whatever its previous process ran died with it.
 */
export async function expireWorkerLeases(db: DbOrTx, workerId: string): Promise<number> {
  const { count } = await db.job.updateMany({
    where: { workerId, status: { in: [...activeStatuses] } },
    data: { leaseExpiresAt: new Date(Date.now() - 1) },
  });
  return count;
}
