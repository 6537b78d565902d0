import type { DbOrTx } from "@/lib/db";
import type { WorkerView } from "@/lib/jobs/job-views";
import { activeStatuses } from "@/lib/jobs/statuses";
import { isWorkerOnline } from "./worker-liveness";

/** Every registered worker with its group, liveness and how many jobs it runs now. */
export async function listWorkers(db: DbOrTx, now = new Date()): Promise<WorkerView[]> {
  const rows = await db.worker.findMany({
    orderBy: [{ group: { name: "asc" } }, { name: "asc" }],
    include: { group: { select: { name: true } }, _count: { select: { jobs: { where: { status: { in: [...activeStatuses] } } } } } },
  });
  return rows.map((w) => ({
    id: w.id,
    name: w.name,
    host: w.host,
    version: w.version,
    group: w.group.name,
    state: w.state,
    online: isWorkerOnline(w, now),
    capacity: w.capacity,
    runningJobs: w._count.jobs,
    lastHeartbeatAt: w.lastHeartbeatAt.toISOString(),
    startedAt: w.startedAt.toISOString(),
  }));
}
