import type { Principal } from "@/lib/auth/principal";
import type { DbOrTx } from "@/lib/db";

export type AssetKind = "variable" | "credential" | "connectionType" | "connection" | "certificate";

/**
 * Appends the audit event for an asset write, in the caller's transaction so the event exists exactly
 * when the change does. `details` must never carry a secret: callers pass names of changed fields only.
 */
export async function recordAssetAudit(
  db: DbOrTx,
  actor: Principal,
  action: string,
  target: { kind: AssetKind; id: string; name: string },
  details?: Record<string, string | number | boolean | string[] | null>,
): Promise<void> {
  await db.auditEvent.create({
    data: {
      actorKind: actor.kind,
      actorId: actor.kind === "job" ? (actor.jobId ?? null) : actor.userId,
      actorName: actor.name,
      action,
      targetType: target.kind,
      targetId: target.id,
      targetName: target.name,
      ...(details ? { details } : {}),
    },
  });
}
