import { isJobStatus, isTerminal } from "@/lib/job-lifecycle/statuses";

/** DebugSession.state: starting (queued, no PowerShell yet), running, paused (at a breakpoint or step), ended. */
export const debugSessionStates = ["starting", "running", "paused", "ended"] as const;
export type DebugSessionState = (typeof debugSessionStates)[number];

/**
 * The session's state as a client should see it. The worker writes "ended" when the job's PowerShell
 * ends; a job that ended without a worker to say so (stopped while queued, its worker lost) has ended
 * all the same, and so has a suspended one: its PowerShell, and the debugger in it, is gone.
 */
export function effectiveDebugState(stored: string, jobStatus: string): DebugSessionState {
  if (stored === "ended" || jobHasEnded(jobStatus)) return "ended";
  return (debugSessionStates as readonly string[]).includes(stored) ? (stored as DebugSessionState) : "running";
}

export function jobHasEnded(jobStatus: string): boolean {
  return jobStatus === "Suspended" || (isJobStatus(jobStatus) && isTerminal(jobStatus));
}
