import type { Db } from "@/lib/db";
import { heldAttemptWhere, type HeldAttempt } from "@/lib/jobs/held-attempt";

/**
 * Records that the worker handed these commands to the job's PowerShell, so no later read returns
 * them. Fenced by the attempt, and safe to run twice: a command already delivered keeps its time.
 */
export async function markDebugCommandsDelivered(db: Db, held: HeldAttempt, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  await db.debugMessage.updateMany({
    where: { id: { in: [...ids] }, jobId: held.jobId, direction: "command", deliveredAt: null, session: { job: heldAttemptWhere(held) } },
    data: { deliveredAt: new Date() },
  });
}
