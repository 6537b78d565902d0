import type { Prisma } from "@/generated/postgresql/client";
import type { WorkerView } from "@/lib/jobs/job-views";
import { activeStatuses } from "@/lib/jobs/statuses";
import { isWorkerOnline } from "./worker-liveness";

export const workerViewInclude = {
  group: { select: { name: true } },
  _count: { select: { jobs: { where: { status: { in: [...activeStatuses] } } } } },
} satisfies Prisma.WorkerInclude;

type Row = Prisma.WorkerGetPayload<{ include: typeof workerViewInclude }>;

export function toWorkerView(w: Row, now = new Date()): WorkerView {
  return {
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
  };
}
