import { can, type Principal } from "@/lib/auth/principal";
import type { DbOrTx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { effectiveDebugState, type DebugSessionState } from "./debug-session-state";

export interface AuthorizedDebugSession {
  jobId: string;
  runbookId: string;
  state: DebugSessionState;
  jobStatus: string;
  lastActivityAt: Date;
  createdAt: Date;
  endedAt: Date | null;
}

/**
 * A debug session is its starter's alone: it shows the script's variables, so nobody else may watch
 * or drive it, and another user's session is reported missing as jobs one may not see are
 * (lib/jobs/authorize-job.ts). The starter must still hold runbook.test on the runbook.
 */
export async function authorizeDebugSession(db: DbOrTx, principal: Principal, jobId: string): Promise<AuthorizedDebugSession> {
  const row = await db.debugSession.findUnique({
    where: { jobId },
    select: {
      userId: true,
      state: true,
      lastActivityAt: true,
      createdAt: true,
      endedAt: true,
      job: { select: { runbookId: true, status: true, endedAt: true, runbook: { select: { tags: { select: { tag: true } } } } } },
    },
  });
  if (!row || principal.kind === "job" || row.userId !== principal.userId) throw notFound("Debug session");
  if (!can(principal, "runbook.test", row.job.runbook.tags.map((t) => t.tag))) {
    throw new AppError("forbidden", "You need the runbook.test permission on this job's runbook to debug it");
  }
  const state = effectiveDebugState(row.state, row.job.status);
  return {
    jobId,
    runbookId: row.job.runbookId,
    state,
    jobStatus: row.job.status,
    lastActivityAt: row.lastActivityAt,
    createdAt: row.createdAt,
    endedAt: row.endedAt ?? (state === "ended" ? (row.job.endedAt ?? row.lastActivityAt) : null),
  };
}
