import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { registerWorker, type RegisteredWorker } from "@/lib/workers/register-worker";
import type { AuthenticatedWorkerToken } from "@/lib/workers/registration-tokens/authenticate-worker-token";
import type { RegisterRemoteWorker } from "./schemas";

/**
 * Registers a remote worker (lib/workers/register-worker.ts) in the group its token admits, with the
 * address the web service saw. A name another group's worker or a worker on the database already
 * uses is refused: a token admits its own group's workers, so it may not take over (and expire the
 * leases of) a worker it could not act for.
 */
export async function registerRemoteWorker(db: Db, token: AuthenticatedWorkerToken, input: RegisterRemoteWorker, address: string | null): Promise<RegisteredWorker> {
  const existing = await db.worker.findUnique({ where: { name: input.name }, select: { groupId: true, transport: true } });
  if (existing && (existing.groupId !== token.group.id || existing.transport !== "https")) {
    throw new AppError("conflict", `Another worker is already named ${input.name}; give each worker its own BATON_WORKER_NAME`, { field: "name" });
  }
  return registerWorker(db, { ...input, group: token.group.name, transport: "https", address });
}
