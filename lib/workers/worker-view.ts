import type { Prisma } from "@/generated/postgresql/client";
import { activeStatuses } from "@/lib/job-lifecycle/statuses";
import { isWorkerOnline } from "./worker-liveness";

/** A runbook worker as the workers API returns it; times are ISO-8601 strings. */
export interface WorkerView {
  id: string;
  name: string;
  host: string;
  version: string;
  group: string;
  /** online | draining | offline, as the worker last reported it. */
  state: string;
  /** Whether it is alive: not offline and heartbeating recently. */
  online: boolean;
  capacity: number;
  runningJobs: number;
  lastHeartbeatAt: string;
  startedAt: string;
}

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
