import { z } from "zod";
import type { Principal } from "@/lib/auth/principal";
import type { DbOrTx } from "@/lib/db";
import { loadJobLimits } from "@/lib/jobs/load-job-limits";
import { authorizeDebugSession } from "./authorize-debug-session";
import { debugSessionStates } from "./debug-session-state";

/** GET /api/v1/jobs/{jobId}/debug. */
export const debugSessionView = z.object({
  jobId: z.string(),
  runbookId: z.string(),
  state: z.enum(debugSessionStates),
  /** A session paused this long with no command is stopped (admin setting debugIdleTimeoutMinutes). */
  idleTimeoutSeconds: z.number().int(),
  lastActivityAt: z.string(),
  createdAt: z.string(),
  endedAt: z.string().nullable(),
});
export type DebugSessionView = z.infer<typeof debugSessionView>;

export async function getDebugSession(db: DbOrTx, principal: Principal, jobId: string): Promise<DebugSessionView> {
  const session = await authorizeDebugSession(db, principal, jobId);
  const { debugIdleTimeoutSeconds } = await loadJobLimits(db);
  return {
    jobId: session.jobId,
    runbookId: session.runbookId,
    state: session.state,
    idleTimeoutSeconds: debugIdleTimeoutSeconds,
    lastActivityAt: session.lastActivityAt.toISOString(),
    createdAt: session.createdAt.toISOString(),
    endedAt: session.endedAt?.toISOString() ?? null,
  };
}
