import { generateToken, hashToken } from "@/lib/crypto/tokens";
import type { Db } from "@/lib/db";
import type { DebugBreakpoint } from "@/lib/debug/debug-protocol";
import { loadDebugStart } from "@/lib/debug/load-debug-start";
import { loadJobLimits } from "@/lib/jobs/load-job-limits";
import { effectiveHostMode, type HostMode } from "@/lib/workers/host-mode";
import type { HeldJob } from "./held-job";

/** What a worker needs to run a job it claimed; `run` is the runner's job spec but for the job id and API URL. */
export interface PreparedJob {
  run: {
    /** Which runbook: a shared host serves the jobs of one runbook only, even if another later takes its name. */
    runbookId: string;
    runbookName: string;
    script: string;
    parameters: Record<string, unknown>;
    automationToken: string;
    streams: { verbose: boolean; debug: boolean; progress: boolean };
    /** Columns of the job's console (admin setting outputWidth). */
    outputWidth: number;
    /** The state a suspended run saved with Set-AutomationCheckpoint. */
    checkpoint?: unknown;
    /** A debug session's job runs under PowerShell's debugger with these breakpoints. */
    debug?: { breakpoints: DebugBreakpoint[] };
    /** A pwsh of its own, or the runbook's shared host (lib/workers/host-mode.ts). */
    hostMode: HostMode;
  };
  /** For a debug session's job: how long a pause may sit idle. */
  debug: { idleTimeoutSeconds: number } | null;
  restartable: boolean;
  timeoutSeconds: number;
  maxOutputBytes: number;
  /** Why this run follows a suspend ("Resumed by alice; …"), when it does: the job page draws a separator there. */
  resumed: string | null;
}

/**
 * Reads what a job this worker just claimed needs to run: the version's script, the parameters, the
 * runbook's stream preferences and host mode, the checkpoint a suspended run saved, and a fresh
 * per-job automation token. Only the token's hash is stored (Job.automationTokenHash); every end of
 * the job clears it (lib/jobs/transition-job.ts). Returns null when the job is no longer this
 * worker's to start (stopped or reaped meanwhile). Issuing the token again (a retry) replaces the
 * first one.
 */
export async function prepareClaimedJob(db: Db, held: HeldJob): Promise<PreparedJob | null> {
  const token = generateToken("job");
  // Independent, so sent together: on PostgreSQL each is a round trip the job's first output waits for.
  const [job, issued, limits] = await Promise.all([
    db.job.findUnique({
      where: { id: held.jobId },
      select: {
        parameters: true,
        timeoutSeconds: true,
        isTest: true,
        logVerbose: true,
        logDebug: true,
        runbookVersion: { select: { content: true } },
        runbook: { select: { id: true, name: true, logVerbose: true, logDebug: true, logProgress: true, restartable: true, timeoutSeconds: true, hostMode: true } },
        // The claiming worker's group: its host mode applies to runbooks that leave the choice to it.
        worker: { select: { group: { select: { hostMode: true } } } },
        checkpoint: { select: { state: true } },
        // The claim (Queued → Activating) and what queued it: Resuming → Queued when a resume did.
        statusChanges: { orderBy: { id: "desc" }, take: 2, select: { fromStatus: true, toStatus: true, reason: true } },
      },
    }),
    db.job.updateMany({
      where: { id: held.jobId, workerId: held.workerId, attempts: held.attempt, status: "Activating" },
      data: { automationTokenHash: hashToken(token) },
    }),
    loadJobLimits(db),
  ]);
  if (!job || issued.count === 0) return null;
  // Only a test run can be a debug session, so other jobs pay no query for it.
  const debug = job.isTest ? await loadDebugStart(db, held) : null;
  const parameters = job.parameters && typeof job.parameters === "object" && !Array.isArray(job.parameters) ? (job.parameters as Record<string, unknown>) : {};
  return {
    run: {
      runbookId: job.runbook.id,
      runbookName: job.runbook.name,
      script: job.runbookVersion.content,
      parameters,
      automationToken: token,
      streams: { verbose: job.logVerbose ?? job.runbook.logVerbose, debug: job.logDebug ?? job.runbook.logDebug, progress: job.runbook.logProgress },
      outputWidth: limits.outputWidth,
      ...(job.checkpoint ? { checkpoint: job.checkpoint.state } : {}),
      ...(debug ? { debug: { breakpoints: debug.breakpoints } } : {}),
      hostMode: effectiveHostMode({ debug: debug !== null, runbook: job.runbook.hostMode, group: job.worker?.group.hostMode }),
    },
    debug: debug ? { idleTimeoutSeconds: limits.debugIdleTimeoutSeconds } : null,
    restartable: job.runbook.restartable,
    timeoutSeconds: job.timeoutSeconds ?? job.runbook.timeoutSeconds ?? limits.defaultJobTimeoutSeconds,
    maxOutputBytes: limits.maxJobOutputBytes,
    resumed: job.statusChanges[1]?.fromStatus === "Resuming" ? (job.statusChanges[1].reason ?? "Resumed") : null,
  };
}
