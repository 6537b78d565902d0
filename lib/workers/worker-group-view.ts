import { z } from "zod";
import type { Prisma } from "@/generated/postgresql/client";
import { hostModeSchema, storedHostMode } from "./host-mode";
import { isWorkerOnline } from "./worker-liveness";

export const workerGroupView = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  hostMode: hostModeSchema.describe("How the group's workers run jobs of runbooks that leave it to the group."),
  createdAt: z.string(),
  workers: z.number().int().describe("Workers registered in the group."),
  onlineWorkers: z.number().int().describe("Of those, how many are alive now."),
});
export type WorkerGroupView = z.infer<typeof workerGroupView>;

export const workerGroupViewSelect = {
  id: true,
  name: true,
  description: true,
  hostMode: true,
  createdAt: true,
  workers: { select: { state: true, lastHeartbeatAt: true } },
} satisfies Prisma.WorkerGroupSelect;

type Row = Prisma.WorkerGroupGetPayload<{ select: typeof workerGroupViewSelect }>;

export function toWorkerGroupView(row: Row, now = new Date()): WorkerGroupView {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    hostMode: storedHostMode(row.hostMode) ?? "process",
    createdAt: row.createdAt.toISOString(),
    workers: row.workers.length,
    onlineWorkers: row.workers.filter((w) => isWorkerOnline(w, now)).length,
  };
}
