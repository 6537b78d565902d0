import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Principal } from "@/lib/auth/principal";
import type { Db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";

/**
 * Deletes an empty group. A group with registered workers is refused: they would re-create it at
 * their next start anyway, and their jobs' history names it. Remove (or re-point) the workers first.
 */
export async function deleteWorkerGroup(db: Db, actor: Principal, name: string, sourceAddress: string | null = null): Promise<void> {
  await db.$transaction(async (tx) => {
    const group = await tx.workerGroup.findUnique({ where: { name }, select: { id: true, workers: { select: { name: true }, orderBy: { name: "asc" } } } });
    if (!group) throw notFound(`Worker group ${name}`);
    if (group.workers.length > 0) {
      const workers = group.workers.map((w) => w.name);
      throw new AppError("conflict", `Worker group ${name} still has ${workers.length} worker(s): ${workers.join(", ")}`, { details: { workers } });
    }
    await tx.workerGroup.delete({ where: { id: group.id } });
    await recordAuditEvent(tx, { actor, action: "worker_group.delete", target: { type: "worker_group", id: group.id, name }, sourceAddress });
  });
}
