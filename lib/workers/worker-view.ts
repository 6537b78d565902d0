import { z } from "zod";
import type { Prisma } from "@/generated/postgresql/client";
import { activeStatuses } from "@/lib/job-lifecycle/statuses";
import { isWorkerOnline } from "./worker-liveness";

/** A runbook worker as the workers API returns it; times are ISO-8601 strings. */
export const workerView = z.object({
  id: z.string(),
  name: z.string(),
  host: z.string(),
  version: z.string(),
  group: z.string(),
  state: z.string().describe("online | draining | offline, as the worker last reported it"),
  /** Whether it is alive. */
  online: z.boolean().describe("Not offline and heartbeating recently."),
  capacity: z.number().int(),
  transport: z.enum(["database", "https"]).describe("How it reaches Baton: database (DATABASE_URL) or https (the worker protocol, with a registration token)"),
  address: z.string().nullable().describe("A remote worker's source address as the web service saw it when it registered; null for a database worker."),
  runningJobs: z.number().int(),
  lastHeartbeatAt: z.string(),
  startedAt: z.string(),
});
export type WorkerView = z.infer<typeof workerView>;

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
    transport: w.transport === "https" ? "https" : "database",
    address: w.address,
    runningJobs: w._count.jobs,
    lastHeartbeatAt: w.lastHeartbeatAt.toISOString(),
    startedAt: w.startedAt.toISOString(),
  };
}
