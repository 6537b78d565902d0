import type { Db } from "@/lib/db";
import { heldAttemptWhere, type HeldAttempt } from "@/lib/jobs/held-attempt";
import { debugCommandSchema, type DebugBreakpoint } from "./debug-protocol";

export interface DebugStart {
  /** The breakpoints the job's PowerShell starts with: the latest `setBreakpoints` the start accounted for. */
  breakpoints: DebugBreakpoint[];
}

/**
 * What a worker needs to run a claimed job under the debugger, or null for a job without a debug
 * session (or whose session has ended). Commands posted before the job's PowerShell started had no
 * debugger to act on, except the breakpoints, which the job starts with: the start marks every
 * undelivered command delivered (fenced by the attempt) and then reads the breakpoints from the
 * delivered ones, so a command that commits in between is left to the relay rather than lost.
 * Safe to run twice: the second run accounts for what arrived since, and reads them too.
 */
export async function loadDebugStart(db: Db, held: HeldAttempt): Promise<DebugStart | null> {
  const { jobId } = held;
  const session = await db.debugSession.findUnique({ where: { jobId }, select: { state: true } });
  // An ended session (its first run ended; a restartable job came back to the queue) runs undebugged.
  if (!session || session.state === "ended") return null;
  await db.debugMessage.updateMany({ where: { jobId, direction: "command", deliveredAt: null, session: { job: heldAttemptWhere(held) } }, data: { deliveredAt: new Date() } });
  // Newest first: the first setBreakpoints wins. Before a start they are few (one per editor change).
  const posted = await db.debugMessage.findMany({ where: { jobId, direction: "command", deliveredAt: { not: null } }, orderBy: { id: "desc" }, take: 200, select: { body: true } });
  for (const row of posted) {
    const parsed = debugCommandSchema.safeParse(row.body);
    if (parsed.success && parsed.data.command === "setBreakpoints") return { breakpoints: parsed.data.breakpoints };
  }
  return { breakpoints: [] };
}
