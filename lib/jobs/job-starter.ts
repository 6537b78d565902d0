import type { AuditActor } from "@/lib/audit/record-audit-event";
import type { Principal } from "@/lib/auth/principal";

/**
 * Who or what starts a job; stored on the job as startedByKind / startedBy* and shown as "Started by".
 * A schedule's or webhook's job acts as the user who linked or created it (`actingUserId`, null when
 * unknown: such a chain may start no children); a child job acts as its parent (Job.actingUserId).
 */
export type JobStarter =
  | { kind: "user"; userId: string; name: string }
  | { kind: "token"; userId: string; tokenId: string; name: string }
  | { kind: "schedule"; scheduleId: string; actingUserId: string | null; name: string }
  | { kind: "webhook"; webhookId: string; actingUserId: string | null; name: string }
  | { kind: "job"; parentJobId: string; name: string };

/** The starter for an API call: a signed-in user, a personal API token, or a runbook (child job). */
export function starterFromPrincipal(principal: Principal): JobStarter {
  if (principal.kind === "job" && principal.jobId) return { kind: "job", parentJobId: principal.jobId, name: principal.name };
  if (!principal.userId) throw new Error("A job can only be started by an authenticated principal");
  if (principal.kind === "token") {
    if (!principal.tokenId) throw new Error("A token principal without its token id cannot start a job");
    return { kind: "token", userId: principal.userId, tokenId: principal.tokenId, name: principal.name };
  }
  return { kind: "user", userId: principal.userId, name: principal.name };
}

/** The timeline's actor string ("user:alice", "token:alice", "job:<id>"). */
export function actorOf(actor: AuditActor): string {
  if (actor.kind !== "job") return `${actor.kind}:${actor.name}`;
  return `job:${("grants" in actor ? actor.jobId : actor.id) ?? actor.name}`;
}

/** The audit log's actor for whoever started a job. */
export function auditActorOf(starter: JobStarter): AuditActor {
  const id = "userId" in starter ? starter.userId : "scheduleId" in starter ? starter.scheduleId : "webhookId" in starter ? starter.webhookId : starter.parentJobId;
  return { kind: starter.kind, id, name: starter.name };
}
