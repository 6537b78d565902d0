import type { Prisma } from "@/generated/postgresql/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { heldAttemptWhere, type HeldAttempt } from "@/lib/jobs/held-attempt";
import type { DebugEvent } from "./debug-protocol";

/**
 * Ends the session once the job's PowerShell has ended: state "ended", the final `ended` event, and
 * `debug.end` in the audit log, together. The worker calls it before it records the job's final
 * status, while its attempt still holds the job (the fence), so a client that sees the job finished
 * has the `ended` event waiting. Run twice (a retry after a lost answer), the second run finds the
 * session ended and does nothing.
 */
export async function endDebugSession(db: Db, held: HeldAttempt & { workerName: string }, reason: string): Promise<void> {
  const now = new Date();
  await db.$transaction(async (tx) => {
    const { count } = await tx.debugSession.updateMany({ where: { jobId: held.jobId, state: { not: "ended" }, job: heldAttemptWhere(held) }, data: { state: "ended", endedAt: now, lastActivityAt: now } });
    if (count === 0) return;
    const ended: DebugEvent = { event: "ended", reason };
    await tx.debugMessage.create({ data: { jobId: held.jobId, direction: "event", body: ended as unknown as Prisma.InputJsonObject } });
    await recordAuditEvent(tx, { actor: { kind: "system", id: held.workerId, name: `worker ${held.workerName}` }, action: "debug.end", target: { type: "job", id: held.jobId }, details: { reason } });
  });
}
