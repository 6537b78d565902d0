import type { DbOrTx } from "@/lib/db";

export type WorkerState = "online" | "draining" | "offline";

/** The worker is alive (and in this state); the worker list and explain-wait read it. */
export async function recordWorkerHeartbeat(db: DbOrTx, workerId: string, state: WorkerState): Promise<void> {
  await db.worker.update({ where: { id: workerId }, data: { state, lastHeartbeatAt: new Date() } });
}
