import type { AuditActor } from "./record-audit-event";

/** Who makes a change and from where: what a route hands to the domain function that audits it. */
export interface AuditContext {
  actor: AuditActor;
  sourceAddress: string | null;
}

/** The name stored in createdBy / updatedBy columns. */
export function actorName(by: AuditContext): string {
  return by.actor.name ?? by.actor.kind;
}
