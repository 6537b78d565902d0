import type { Prisma } from "@/generated/postgresql/client";
import { isWorkerOnline } from "./worker-liveness";

export interface WorkerGroupView {
  id: string;
  name: string;
  description: string;
  createdAt: string;
  /** Workers registered in the group, and how many of them are alive now. */
  workers: number;
  onlineWorkers: number;
}

export const workerGroupViewSelect = {
  id: true,
  name: true,
  description: true,
  createdAt: true,
  workers: { select: { state: true, lastHeartbeatAt: true } },
} satisfies Prisma.WorkerGroupSelect;

type Row = Prisma.WorkerGroupGetPayload<{ select: typeof workerGroupViewSelect }>;

export function toWorkerGroupView(row: Row, now = new Date()): WorkerGroupView {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    createdAt: row.createdAt.toISOString(),
    workers: row.workers.length,
    onlineWorkers: row.workers.filter((w) => isWorkerOnline(w, now)).length,
  };
}
