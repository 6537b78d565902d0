import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Principal } from "@/lib/auth/principal";
import type { Db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { usableRegistrationTokenWhere } from "./registration-tokens/usable-registration-token";

/**
 * Deletes an empty group. A group with registered workers is refused: they would re-create it at
 * their next start anyway, and their jobs' history names it. Remove (or re-point) the workers first.
 * So is a group with a registration token that still works: revoking it is a decision of its own,
 * audited as such. Its revoked and expired tokens go with the group.
 */
export async function deleteWorkerGroup(db: Db, actor: Principal, name: string, sourceAddress: string | null = null): Promise<void> {
  await db.$transaction(async (tx) => {
    const group = await tx.workerGroup.findUnique({
      where: { name },
      select: {
        id: true,
        workers: { select: { name: true }, orderBy: { name: "asc" } },
        registrationTokens: { where: usableRegistrationTokenWhere(new Date()), select: { name: true }, orderBy: { name: "asc" } },
      },
    });
    if (!group) throw notFound(`Worker group ${name}`);
    if (group.workers.length > 0) {
      const workers = group.workers.map((w) => w.name);
      throw new AppError("conflict", `Worker group ${name} still has ${workers.length} worker(s): ${workers.join(", ")}`, { details: { workers } });
    }
    if (group.registrationTokens.length > 0) {
      const registrationTokens = group.registrationTokens.map((t) => t.name);
      throw new AppError("conflict", `Worker group ${name} still has ${registrationTokens.length} active registration token(s): ${registrationTokens.join(", ")}; revoke them first`, {
        details: { registrationTokens },
      });
    }
    await tx.workerGroup.delete({ where: { id: group.id } });
    await recordAuditEvent(tx, { actor, action: "worker_group.delete", target: { type: "worker_group", id: group.id, name }, sourceAddress });
  });
}
