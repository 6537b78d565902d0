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

/** The user behind the change, when a person (signed in or through their API token) made it. */
export function userIdOf(by: AuditContext): string | null {
  const actor = by.actor;
  if ("grants" in actor) return actor.kind === "job" ? null : actor.userId;
  return actor.kind === "user" || actor.kind === "token" ? actor.id : null;
}
