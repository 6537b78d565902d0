import type { Prisma } from "@/generated/postgresql/client";
import type { Db } from "@/lib/db";
import { heldAttemptWhere, type HeldAttempt } from "@/lib/jobs/held-attempt";
import type { DebugEvent } from "./debug-protocol";
import type { DebugSessionState } from "./debug-session-state";

/**
 * Stores one event the job's PowerShell host reported (never `ended`: see end-debug-session.ts) and
 * keeps the session's state and last activity current; fenced by the attempt, so a worker that lost
 * the job writes nothing. A retry after a lost answer may store an event twice, which a client
 * shrugs off: each event states the whole of what it reports (a pause carries its stack, an answer
 * its requestId). Returns false when the attempt no longer holds the job or the session has ended.
 */
export async function recordDebugEvent(db: Db, held: HeldAttempt, event: DebugEvent): Promise<boolean> {
  const state: DebugSessionState | undefined = event.event === "paused" ? "paused" : event.event === "running" ? "running" : undefined;
  return db.$transaction(async (tx) => {
    const { count } = await tx.debugSession.updateMany({
      where: { jobId: held.jobId, state: { not: "ended" }, job: heldAttemptWhere(held) },
      data: { lastActivityAt: new Date(), ...(state ? { state } : {}) },
    });
    if (count === 0) return false;
    await tx.debugMessage.create({ data: { jobId: held.jobId, direction: "event", body: event as unknown as Prisma.InputJsonObject } });
    return true;
  });
}
