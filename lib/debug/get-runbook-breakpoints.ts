import type { DbOrTx } from "@/lib/db";
import { storedBreakpoints, type RunbookBreakpointsView } from "./runbook-breakpoints-view";

/** The user's breakpoints in the runbook; none until they save some. The caller has checked runbook.test. */
export async function getRunbookBreakpoints(db: DbOrTx, runbookId: string, userId: string): Promise<RunbookBreakpointsView> {
  const row = await db.runbookBreakpoints.findUnique({ where: { runbookId_userId: { runbookId, userId } }, select: { breakpoints: true } });
  return { breakpoints: storedBreakpoints(row?.breakpoints) };
}
