import type { Prisma } from "@/generated/postgresql/client";
import type { DbOrTx } from "@/lib/db";
import { runbookBreakpointsSchema, type RunbookBreakpoints } from "./debug-protocol";
import type { RunbookBreakpointsView } from "./runbook-breakpoints-view";

/**
 * Replaces the user's breakpoints in the runbook (the editor sends the whole list). Not audited: they
 * are a person's editor state, like a cursor position, and change nothing anyone else sees.
 */
export async function saveRunbookBreakpoints(db: DbOrTx, runbookId: string, userId: string, raw: RunbookBreakpoints): Promise<RunbookBreakpointsView> {
  const { breakpoints } = runbookBreakpointsSchema.parse(raw);
  const value = breakpoints as unknown as Prisma.InputJsonArray;
  await db.runbookBreakpoints.upsert({
    where: { runbookId_userId: { runbookId, userId } },
    create: { runbookId, userId, breakpoints: value },
    update: { breakpoints: value },
  });
  return { breakpoints };
}
