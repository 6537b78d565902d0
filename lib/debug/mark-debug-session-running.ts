import type { Db } from "@/lib/db";
import { heldAttemptWhere, type HeldAttempt } from "@/lib/jobs/held-attempt";

/** The job's PowerShell runs under the debugger: "starting" becomes "running". Fenced, and safe to run twice. */
export async function markDebugSessionRunning(db: Db, held: HeldAttempt): Promise<void> {
  await db.debugSession.updateMany({ where: { jobId: held.jobId, state: "starting", job: heldAttemptWhere(held) }, data: { state: "running", lastActivityAt: new Date() } });
}
