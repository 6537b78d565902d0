/**
 * The job lifecycle: every status, every allowed transition, and which user actions (stop, suspend,
 * resume) apply in which status. `transition-job.ts` is the only code that changes Job.status and it
 * consults this table; the queue's claim records its Queued → Activating change through the same
 * rules (lib/queue/claim-jobs.ts). The state diagram is in README.md ("Job lifecycle"); the table
 * below is the source of truth.
 */
export const jobStatuses = [
  "New",
  "Queued",
  "Activating",
  "Running",
  "Completed",
  "Failed",
  "Stopping",
  "Stopped",
  "Suspending",
  "Suspended",
  "Resuming",
] as const;
export type JobStatus = (typeof jobStatuses)[number];

export function isJobStatus(value: string): value is JobStatus {
  return (jobStatuses as readonly string[]).includes(value);
}

/** Statuses a job never leaves. */
export const terminalStatuses: readonly JobStatus[] = ["Completed", "Failed", "Stopped"];

/**
 * Statuses in which a worker holds the job under a lease. These count against a runbook's
 * concurrency limit and a worker's capacity, and the reaper resolves them when the lease expires.
 */
export const activeStatuses: readonly JobStatus[] = ["Activating", "Running", "Stopping", "Suspending"];

export function isTerminal(status: JobStatus): boolean {
  return terminalStatuses.includes(status);
}

export function isActive(status: JobStatus): boolean {
  return activeStatuses.includes(status);
}

/**
 * Allowed transitions, with why each exists:
 * - New → Queued: a start enqueues the job (same transaction as its creation).
 * - Queued → Activating: a worker claimed it. → Stopped: stopped before any worker took it.
 *   → Failed: it can never run (e.g. its runbook version vanished).
 * - Activating → Running: the runner started. → Failed: the runner could not start, or the worker
 *   was lost. → Queued: released (the worker shut down before starting it, or it was lost and the
 *   runbook is restartable). → Stopping: a stop arrived before the runner was up.
 * - Running → Completed | Failed: the runbook ended. → Stopping / Suspending: a user asked (also a
 *   timeout or a worker shutdown, which go through Stopping). → Queued: lost or draining worker of a
 *   restartable runbook.
 * - Stopping → Stopped; → Completed | Failed when the runbook ended before the stop took effect.
 * - Suspending → Suspended; → Completed | Failed as above; → Stopping when a stop overrides the suspend.
 * - Suspended → Resuming (resume) | Stopped (stop: nothing runs, so it ends at once).
 * - Resuming → Queued: the resumed job waits for a worker like any other and runs from its checkpoint.
 */
const allowedTransitions: Readonly<Record<JobStatus, readonly JobStatus[]>> = {
  New: ["Queued"],
  Queued: ["Activating", "Stopped", "Failed"],
  Activating: ["Running", "Failed", "Queued", "Stopping"],
  Running: ["Completed", "Failed", "Stopping", "Suspending", "Queued"],
  Stopping: ["Stopped", "Failed", "Completed"],
  Suspending: ["Suspended", "Failed", "Completed", "Stopping"],
  Suspended: ["Resuming", "Stopped"],
  Resuming: ["Queued"],
  Completed: [],
  Failed: [],
  Stopped: [],
};

export function canTransition(from: JobStatus, to: JobStatus): boolean {
  return allowedTransitions[from].includes(to);
}

/** What a user (or the API) can ask of a job. */
export const jobActions = ["stop", "suspend", "resume"] as const;
export type JobAction = (typeof jobActions)[number];

/**
 * The status each action moves a job to, by its current status. A queued or suspended job is not
 * on any worker, so stopping it ends it at once; a held job goes through Stopping so its worker can
 * stop PowerShell first.
 */
export const actionTargets: Readonly<Record<JobAction, Partial<Record<JobStatus, JobStatus>>>> = {
  stop: { Queued: "Stopped", Activating: "Stopping", Running: "Stopping", Suspending: "Stopping", Suspended: "Stopped" },
  suspend: { Running: "Suspending" },
  resume: { Suspended: "Resuming" },
};

/** The actions a job in this status accepts, in display order (for the portal's buttons). */
export function allowedActions(status: JobStatus): JobAction[] {
  return jobActions.filter((a) => actionTargets[a][status] !== undefined);
}

/** The verb used in "Cannot <verb> a job that is <status>" messages, by target status. */
export function transitionVerb(to: JobStatus): string {
  switch (to) {
    case "Stopping":
    case "Stopped":
      return "stop";
    case "Suspending":
    case "Suspended":
      return "suspend";
    case "Resuming":
      return "resume";
    case "Queued":
      return "queue";
    case "Activating":
    case "Running":
      return "start";
    case "Completed":
      return "complete";
    case "Failed":
      return "fail";
    case "New":
      return "reset";
  }
}
