import type { JobActivityWatch, ActivityPolling } from "@/lib/db/job-activity-listener";
import type { DebugCommand, DebugEvent } from "@/lib/debug/debug-protocol";
import type { AppendRecord } from "@/lib/jobs/append-job-streams";
import type { ActiveModuleVersion } from "@/lib/modules/list-active-module-versions";
import type { ClaimedJob } from "@/lib/queue/claim-jobs";
import type { JobFailure } from "@/lib/queue/fail-job";
import type { HeldJob } from "@/lib/queue/held-job";
import type { PreparedJob } from "@/lib/queue/prepare-claimed-job";
import type { HeldLease, LeaseRenewal } from "@/lib/queue/renew-leases";
import type { WorkerState } from "@/lib/workers/record-worker-heartbeat";
import type { RegisteredWorker, WorkerRegistration } from "@/lib/workers/register-worker";

/**
 * Everything a worker asks of the platform, as one set of verbs. A worker on the database calls the
 * lib/ functions directly (direct-transport.ts); a remote worker calls the web service's worker
 * protocol, whose routes call the same functions (https-transport.ts). Every verb on a job is fenced
 * by the attempt (lib/jobs/held-attempt.ts) on the server's side either way, and refusals arrive as
 * the same AppError codes, so the worker's logic is one code path for both.
 */
export interface WorkerTransport {
  /** How the worker reaches the platform, for its start line and the Workers page: "database" or "https". */
  readonly kind: "database" | "https";
  /** Whether claimJobs waits on the server for a job (long-poll), so an empty answer needs no backoff. */
  readonly claimsWait: boolean;
  /** Whether the call failed because the platform could not be reached or was busy, so it may succeed later. */
  isTransient(err: unknown): boolean;

  register(registration: WorkerRegistration): Promise<RegisteredWorker>;
  heartbeat(workerId: string, state: WorkerState): Promise<void>;
  renewLeases(workerId: string, held: readonly HeldLease[]): Promise<LeaseRenewal>;
  /** Up to `max` queued jobs of the worker's group; `signal` ends a waiting claim (shutdown). */
  claimJobs(worker: RegisteredWorker, max: number, signal: AbortSignal): Promise<ClaimedJob[]>;

  prepareClaimedJob(held: HeldJob): Promise<PreparedJob | null>;
  isStoppingOnWorker(held: HeldJob): Promise<boolean>;
  markJobRunning(held: HeldJob): Promise<unknown>;
  markJobStopping(held: HeldJob, reason: string): Promise<unknown>;
  completeJob(held: HeldJob, exitCode?: number): Promise<unknown>;
  failJob(held: HeldJob, failure: JobFailure): Promise<unknown>;
  endStoppedJob(held: HeldJob): Promise<unknown>;
  /** Back to Queued (a restartable job interrupted by a shutdown), waking the idle workers of `group` (the worker's). */
  requeueJob(held: HeldJob, reason: string, group: string): Promise<unknown>;
  /** Stores one batch of the attempt's records at its position `firstIndex` in the attempt's stream. */
  appendJobStreams(held: HeldJob, records: readonly AppendRecord[], maxOutputBytes: number, firstIndex: number): Promise<unknown>;

  listActiveModules(): Promise<ActiveModuleVersion[]>;
  readModuleArchive(versionId: string): Promise<Uint8Array | null>;

  debug: {
    readCommands(held: HeldJob, handed: ReadonlySet<number>): Promise<{ id: number; command: DebugCommand | null }[]>;
    markCommandsDelivered(held: HeldJob, ids: readonly number[]): Promise<void>;
    markRunning(held: HeldJob): Promise<void>;
    recordEvent(held: HeldJob, event: DebugEvent): Promise<unknown>;
    end(held: HeldJob, reason: string): Promise<void>;
    /** What the relay waits on between reads of the session's commands. */
    watchActivity(held: HeldJob, polling: ActivityPolling): JobActivityWatch;
  };
}
