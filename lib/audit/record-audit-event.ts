import type { Principal } from "@/lib/auth/principal";
import type { DbOrTx } from "@/lib/db";

/**
 * Who acted: a resolved principal, or (at sign-in, before there is one) the user, anonymous or the
 * system; or a webhook call, a schedule, or whoever started a job (user, token, parent job).
 */
export type AuditActor = Principal | { kind: "user" | "token" | "job" | "anonymous" | "system" | "webhook" | "schedule"; id: string | null; name: string | null };

type AuditScalar = string | number | boolean | null;
/** Flat facts, or one level of named values (a setting's value before and after). */
export type AuditDetails = Record<string, AuditScalar | string[] | Record<string, AuditScalar>>;

export interface AuditEventInput {
  actor: AuditActor;
  action: string;
  target?: { type: string; id: string; name?: string | null };
  outcome?: "success" | "failure";
  /** Names and counts only: never a password, token or secret value. */
  details?: AuditDetails;
  sourceAddress?: string | null;
}

/**
 * Appends one audit event. Call it in the same transaction as the change it describes, so the event
 * exists exactly when the change does.
 */
export async function recordAuditEvent(db: DbOrTx, event: AuditEventInput): Promise<void> {
  const { actor } = event;
  const actorId = "grants" in actor ? (actor.kind === "job" ? (actor.jobId ?? null) : actor.userId) : actor.id;
  await db.auditEvent.create({
    data: {
      actorKind: actor.kind,
      actorId,
      actorName: actor.name,
      action: event.action,
      targetType: event.target?.type ?? null,
      targetId: event.target?.id ?? null,
      targetName: event.target?.name ?? null,
      outcome: event.outcome ?? "success",
      sourceAddress: event.sourceAddress?.slice(0, 64) || null,
      ...(event.details ? { details: event.details } : {}),
    },
  });
}
