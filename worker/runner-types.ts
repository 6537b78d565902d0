import type { DebugBreakpoint, DebugCommand, DebugEvent } from "@/lib/debug/debug-protocol";
import type { StreamRecordInput } from "@/lib/jobs/stream-types";
import type { HostMode } from "@/lib/workers/host-mode";

/** Everything the PowerShell host needs to run one job. Travels on stdin, never on a command line. */
export interface JobSpec {
  jobId: string;
  /** The runbook a shared host is kept for; without it (tests, the warm-up) its name stands in. */
  runbookId?: string;
  runbookName: string;
  /** The runbook's script text (the worker writes it to the job's temp dir). */
  script: string;
  /** Bound by PowerShell's parameter binder; no command text is built from these values. */
  parameters: Record<string, unknown>;
  /** Base URL of the web service and the per-job token for the automation cmdlets. */
  apiUrl: string;
  automationToken: string;
  streams: { verbose: boolean; debug: boolean; progress: boolean };
  /** State saved by Set-AutomationCheckpoint before a suspend, for Get-AutomationCheckpoint. */
  checkpoint?: unknown;
  /** The worker's copies of the active integration modules, put first on the job's PSModulePath. */
  modulePaths?: string[];
  /** Columns of the job's console: its formatter's width and $Host.UI.RawUI's (admin setting outputWidth). */
  outputWidth: number;
  /** Present only for a debug session: the runbook runs under PowerShell's debugger with these breakpoints. */
  debug?: { breakpoints: DebugBreakpoint[] };
  /** "shared": the job may run in its runbook's long-lived host (README › Job isolation); absent: its own process. */
  hostMode?: HostMode;
}

/** exitCode: what the runbook passed to a top-level `exit`; absent when it did not call exit. */
export type RunOutcome =
  | { status: "completed"; exitCode?: number }
  | { status: "failed"; error: { message: string; type?: string; scriptStackTrace?: string }; exitCode?: number }
  | { status: "stopped"; reason: StopReason };

/** Why the worker stops a running job; the job's final status follows from it. */
export type StopReason = "stop" | "suspend" | "timeout" | "drain";

export interface RunningJob {
  /** pid of the pwsh process (its process group id too). */
  pid: number;
  /** Resolves once the process has exited and every record was delivered. */
  outcome: Promise<RunOutcome>;
  /** Graceful pipeline stop (finally blocks run), then kill of the process group after the grace period. */
  stop(reason: StopReason): void;
  /** Sends a debugger command to the host; a job started without `spec.debug` refuses every command with a "refused" event. */
  debug(command: DebugCommand): void;
}

export interface JobRunner {
  /** Starts the job; `onRecords` receives records in order, in batches. */
  start(spec: JobSpec, onRecords: (records: StreamRecordInput[]) => void, onDebugEvent?: (event: DebugEvent) => void): Promise<RunningJob>;
  /** Ends pooled processes. */
  close(): Promise<void>;
}
