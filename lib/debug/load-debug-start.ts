import type { DbOrTx } from "@/lib/db";
import { debugCommandSchema, type DebugBreakpoint } from "./debug-protocol";

export interface DebugStart {
  /** The breakpoints the job's PowerShell starts with: the latest `setBreakpoints` posted before the worker took the job. */
  breakpoints: DebugBreakpoint[];
  /** The id of the last command already accounted for: the worker relays only later ones. */
  commandsAfter: number;
}

/**
 * What a worker needs to run a claimed job under the debugger, or null for a job without a debug
 * session (or whose session has ended). Commands posted before the job's PowerShell started had no debugger to act on, except the
 * breakpoints, which the job starts with.
 */
export async function loadDebugStart(db: DbOrTx, jobId: string): Promise<DebugStart | null> {
  const session = await db.debugSession.findUnique({ where: { jobId }, select: { state: true } });
  // An ended session (its first run ended; a restartable job came back to the queue) runs undebugged.
  if (!session || session.state === "ended") return null;
  // Newest first: the first setBreakpoints wins. Before a start they are few (one per editor change).
  const posted = await db.debugMessage.findMany({ where: { jobId, direction: "command" }, orderBy: { id: "desc" }, take: 200, select: { id: true, body: true } });
  let breakpoints: DebugBreakpoint[] = [];
  for (const row of posted) {
    const parsed = debugCommandSchema.safeParse(row.body);
    if (parsed.success && parsed.data.command === "setBreakpoints") {
      breakpoints = parsed.data.breakpoints;
      break;
    }
  }
  return { breakpoints, commandsAfter: posted[0]?.id ?? 0 };
}
