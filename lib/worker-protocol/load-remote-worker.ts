import type { DbOrTx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import type { AuthenticatedWorkerToken } from "@/lib/workers/registration-tokens/authenticate-worker-token";

/** A worker the protocol acts for: its id and name, and its group's name (where it claims). */
export interface RemoteWorker {
  id: string;
  name: string;
  group: string;
}

/**
 * The worker a protocol call names, if the token may act for it: a worker of the token's group that
 * registered through the protocol. A token admits its group's remote workers, never a worker on the
 * database nor another group's.
 */
export async function loadRemoteWorker(db: DbOrTx, token: AuthenticatedWorkerToken, workerId: string): Promise<RemoteWorker> {
  const row = await db.worker.findUnique({ where: { id: workerId }, select: { id: true, name: true, transport: true, groupId: true, group: { select: { name: true } } } });
  if (!row) throw notFound(`Worker ${workerId}`);
  if (row.groupId !== token.group.id) throw new AppError("forbidden", `Worker ${row.name} is not in worker group ${token.group.name}, which this registration token admits`);
  if (row.transport !== "https") throw new AppError("forbidden", `Worker ${row.name} reaches Baton through the database, not the worker protocol`);
  return { id: row.id, name: row.name, group: row.group.name };
}
