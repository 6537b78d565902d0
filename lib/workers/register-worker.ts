import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { expireWorkerLeases } from "./expire-worker-leases";
import { isWorkerOnline } from "./worker-liveness";

export interface WorkerRegistration {
  name: string;
  host: string;
  version: string;
  pid: number;
  group: string;
  capacity: number;
  /** How it reaches the platform (default "database"): a remote worker registers through the worker protocol as "https". */
  transport?: WorkerTransportKind;
  /** A remote worker's source address as the web service saw it; null for a worker on the database. */
  address?: string | null;
}

/** How a worker reaches the platform: `DATABASE_URL`, or the web service's worker protocol. */
export type WorkerTransportKind = "database" | "https";

export interface RegisteredWorker {
  id: string;
  name: string;
  group: string;
}

/**
 * Registers (or re-registers) a worker under its name, creating its group on first use. A name
 * still heartbeating from another process is refused, since two processes under one name would
 * renew and reap each other's jobs. Jobs an earlier process under this name still held are lost:
 * their leases are expired so the reaper resolves them now rather than after the lease runs out.
 */
export async function registerWorker(db: Db, reg: WorkerRegistration): Promise<RegisteredWorker> {
  const existing = await db.worker.findUnique({ where: { name: reg.name }, select: { id: true, pid: true, host: true, state: true, lastHeartbeatAt: true } });
  if (existing && isWorkerOnline(existing) && !(existing.pid === reg.pid && existing.host === reg.host)) {
    const ago = Math.round((Date.now() - existing.lastHeartbeatAt.getTime()) / 1000);
    throw new AppError("conflict", `Another worker named ${reg.name} is online on ${existing.host} (heartbeat ${ago} s ago); give each worker its own BATON_WORKER_NAME`);
  }
  const group = await ensureWorkerGroup(db, reg.group);
  const now = new Date();
  const fields = {
    host: reg.host,
    version: reg.version,
    pid: reg.pid,
    groupId: group.id,
    capacity: reg.capacity,
    transport: reg.transport ?? "database",
    address: reg.address ?? null,
    state: "online",
    startedAt: now,
    lastHeartbeatAt: now,
  };
  const worker = await db.worker.upsert({ where: { name: reg.name }, create: { name: reg.name, ...fields }, update: fields, select: { id: true } });
  if (existing) await expireWorkerLeases(db, worker.id);
  return { id: worker.id, name: reg.name, group: group.name };
}

/** The group's row, created on first use; two workers starting at once in a new group both get it. */
async function ensureWorkerGroup(db: Db, name: string): Promise<{ id: string; name: string }> {
  const select = { id: true, name: true } as const;
  try {
    return await db.workerGroup.upsert({ where: { name }, create: { name }, update: {}, select });
  } catch (err) {
    if ((err as { code?: string }).code !== "P2002") throw err;
    return db.workerGroup.findUniqueOrThrow({ where: { name }, select });
  }
}
