import type { JobActivityWatch } from "@/lib/db/job-activity-listener";
import type { DebugCommand } from "@/lib/debug/debug-protocol";
import type { ActiveModuleVersion } from "@/lib/modules/list-active-module-versions";
import type { ClaimedJob } from "@/lib/queue/claim-jobs";
import type { HeldJob } from "@/lib/queue/held-job";
import type { PreparedJob } from "@/lib/queue/prepare-claimed-job";
import type { LeaseRenewal } from "@/lib/queue/renew-leases";
import type { RegisteredWorker } from "@/lib/workers/register-worker";
import { maxClaimWaitMs, workerProtocolPaths as paths, type HeldJobVerb } from "@/lib/worker-protocol/schemas";
import { isTransientDbError } from "@/lib/db/transient-error";
import { createProtocolClient, ServiceUnreachableError, type ProtocolClientOptions } from "./protocol-client";
import type { WorkerTransport } from "./worker-transport";

export interface HttpsTransport extends WorkerTransport {
  /** Closes the kept-alive connections. */
  close(): void;
}

/** A claim waits this long on the server; the call's own timeout adds a margin for the answer. */
const claimWaitMs = maxClaimWaitMs;
const claimMarginMs = 15_000;
/**
 * Renewals and heartbeats give up sooner than other calls: a link that went quiet (a cut cable sends
 * no reset) must not hold up the next renewal for longer than a third of the 15 s lease.
 */
const controlTimeoutMs = 5_000;

/**
 * A remote worker: every verb is a call to the web service's worker protocol
 * (app/api/v1/worker-protocol, lib/worker-protocol), whose routes run the same lib/ functions the
 * database transport calls. Claims wait on the server until a job of the group is queued, so an idle
 * remote worker makes one call every 25 s and still gets a job at once.
 */
export function httpsTransport(options: ProtocolClientOptions): HttpsTransport {
  const client = createProtocolClient(options);
  const post = <T = void>(path: string, body: unknown = {}, extra: { timeoutMs?: number; signal?: AbortSignal } = {}) => client.call<T>({ method: "POST", path, body, ...extra });
  const onJob = <T = void>(held: HeldJob, verb: HeldJobVerb, body: unknown = {}) => post<T>(paths.job(held, verb), body);

  return {
    kind: "https",
    claimsWait: true,
    // A network error, a timeout, or the web service saying it cannot answer now (its database is away).
    isTransient: (err) => err instanceof ServiceUnreachableError || isTransientDbError(err),
    async register(registration): Promise<RegisteredWorker> {
      // The group is the registration token's; the worker's own setting is not sent.
      const { name, host, version, pid, capacity } = registration;
      const worker = await post<RegisteredWorker>(paths.register(), { name, host, version, pid, capacity });
      if (worker.group !== registration.group) throw new Error(`the registration token is for worker group '${worker.group}', but BATON_WORKER_GROUP is '${registration.group}'`);
      return worker;
    },
    heartbeat: (workerId, state) => post(paths.heartbeat(workerId), { state }, { timeoutMs: controlTimeoutMs }),
    renewLeases: (workerId, held) => post<LeaseRenewal>(paths.leases(workerId), { held: held.map(({ jobId, attempt }) => ({ jobId, attempt })) }, { timeoutMs: controlTimeoutMs }),
    // Two steps once it waited: a claim that waits never claims after its wait, since its answer may go
    // nowhere (a cut link sends no reset, and the server would hand the job to a connection nobody
    // reads); the worker claims with a second, short call once the wait's answer reached it.
    async claimJobs(worker, max, signal) {
      if (signal.aborted) return [];
      try {
        const waited = await post<{ jobs: ClaimedJob[] }>(paths.claims(worker.id), { max, waitMs: claimWaitMs }, { timeoutMs: claimWaitMs + claimMarginMs, signal });
        if (waited.jobs.length > 0 || signal.aborted) return waited.jobs;
        return (await post<{ jobs: ClaimedJob[] }>(paths.claims(worker.id), { max, waitMs: 0 }, { signal })).jobs;
      } catch (err) {
        if (signal.aborted) return [];
        throw err;
      }
    },
    prepareClaimedJob: async (held) => (await onJob<{ job: PreparedJob | null }>(held, "prepare")).job,
    isStoppingOnWorker: async (held) => (await onJob<{ stopping: boolean }>(held, "stopping-on-worker")).stopping,
    markJobRunning: (held) => onJob(held, "running"),
    markJobStopping: (held, reason) => onJob(held, "stopping", { reason }),
    completeJob: (held, exitCode) => onJob(held, "completed", exitCode === undefined ? {} : { exitCode }),
    failJob: (held, failure) => onJob(held, "failed", failure),
    endStoppedJob: (held) => onJob(held, "stopped"),
    // The server wakes the group's workers itself; the group is the worker's, known there.
    requeueJob: (held, reason) => onJob(held, "requeued", { reason }),
    // The server applies the output limit it decides; the worker's copy only sizes its own batches.
    appendJobStreams: (held, records, _maxOutputBytes, firstIndex) => onJob(held, "streams", { firstIndex, records }),
    listActiveModules: async () => (await client.call<{ modules: ActiveModuleVersion[] }>({ method: "GET", path: paths.modules() })).modules,
    async readModuleArchive(versionId) {
      try {
        return await client.call<Uint8Array>({ method: "GET", path: paths.moduleArchive(versionId), timeoutMs: 120_000 });
      } catch (err) {
        if ((err as { code?: unknown }).code === "not_found") return null;
        throw err;
      }
    },
    debug: {
      readCommands: async (held, handed) => (await onJob<{ commands: { id: number; command: DebugCommand | null }[] }>(held, "debug-commands", { handed: [...handed] })).commands,
      markCommandsDelivered: (held, ids) => onJob(held, "debug-commands-delivered", { ids }),
      markRunning: (held) => onJob(held, "debug-running"),
      recordEvent: (held, event) => onJob(held, "debug-events", event),
      end: (held, reason) => onJob(held, "debug-end", { reason }),
      // No notification reaches a remote worker: the relay reads the session's commands every pollMs.
      watchActivity: (_held, polling): JobActivityWatch => ({ next: (signal) => abortableSleep(polling.pollMs, signal), close: () => undefined }),
    },
    close: () => client.close(),
  };
}

function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done, { once: true });
  });
}
