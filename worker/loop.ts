import type { WorkerState } from "@/lib/workers/record-worker-heartbeat";
import type { RegisteredWorker } from "@/lib/workers/register-worker";
import { workerHeartbeatMs } from "@/lib/workers/worker-liveness";
import { describeError } from "@/lib/db/describe-error";
import { executeJob, type ExecutionContext, type JobExecution } from "./job-execution";
import { failureLog } from "./failure-log";
import type { JobRunner } from "./runner-types";
import type { WorkerTransport } from "./transport/worker-transport";
import { wakeableSleep } from "@/lib/timing/wakeable-sleep";

export interface WorkerLoopOptions {
  transport: WorkerTransport;
  runner: JobRunner;
  worker: RegisteredWorker;
  capacity: number;
  apiUrl: string;
  log: (message: string) => void;
  /** Synced before each job; see worker/modules/module-cache.ts. */
  modules?: ExecutionContext["modules"];
  /** Where stream records wait on disk while the platform is unreachable. */
  spoolDir: string;
  debugIdleTimeoutSeconds?: ExecutionContext["debugIdleTimeoutSeconds"];
  /** Longest wait between claims while idle (the poll interval once backed off). */
  idlePollMs?: number;
}

export interface WorkerLoop {
  /** Claim now (a NOTIFY arrived, or a slot freed). */
  wake(): void;
  /** Change the idle poll interval (longer while LISTEN is connected, since it wakes the loop). */
  setIdlePollMs(ms: number): void;
  /** Jobs running on this worker now, as `<jobId>#<attempt>`. */
  runningJobs(): string[];
  /** The ids of the jobs running on this worker now. */
  heldJobIds(): string[];
  /** Stop claiming, let jobs finish for up to drainMs, stop the rest, go offline. */
  shutdown(drainMs: number): Promise<void>;
}

/**
 * While jobs run: how often leases are renewed and stop/suspend requests are checked. Fifteen
 * renewals fit in one lease (lib/queue/lease.ts), so slow round trips or a GC pause never lose a job.
 */
const controlPollMs = 1_000;

/** After a claim finds nothing, the next one waits this long, doubling up to the idle poll interval. */
const firstBackoffMs = 50;

/**
 * claim → run → release, with leases renewed and pending stop/suspend requests delivered every
 * second while jobs run, and a heartbeat every 5 s. While idle the loop backs off to one claim per
 * idlePollMs, so idle workers cost the database about one query a second (measured by `npm run
 * bench`); a transport whose claims wait on the server (a remote worker's long-poll) claims again at
 * once instead.
 */
export function startWorkerLoop(options: WorkerLoopOptions): WorkerLoop {
  const { transport, worker, log } = options;
  // Keyed by job and attempt: a run the reaper gave up on may still be ending here when this worker
  // claims the same job again.
  const executions = new Map<string, JobExecution>();
  const keyOf = (jobId: string, attempt: number) => `${jobId}#${attempt}`;
  let idlePollMs = options.idlePollMs ?? 1_000;
  let state: WorkerState = "online";
  let closing = false;
  const { sleep, wake } = wakeableSleep();

  // Leases are renewed (and stop/suspend requests picked up) every second while jobs run, so a stop
  // takes effect within about a second; an idle worker only heartbeats, every 5 s. The two are
  // independent: a failed heartbeat must not cost a renewal. While the database is away both keep
  // trying, and the first renewal that gets through keeps the jobs.
  const heartbeatFailures = failureLog(log, "heartbeat");
  const renewalFailures = failureLog(log, "lease renewal");
  let ticks = 0;
  const tick = async () => {
    if (ticks++ % (workerHeartbeatMs / controlPollMs) === 0) {
      await transport.heartbeat(worker.id, state).then(() => heartbeatFailures.succeeded(), heartbeatFailures.failed);
    }
    if (executions.size === 0) return;
    try {
      const { actions } = await transport.renewLeases(worker.id, [...executions.values()].map((e) => ({ jobId: e.held.jobId, attempt: e.held.attempt })));
      renewalFailures.succeeded();
      for (const { jobId, attempt, action } of actions) executions.get(keyOf(jobId, attempt))?.handle(action);
    } catch (err) {
      renewalFailures.failed(err);
    }
  };
  let timer: NodeJS.Timeout;
  const scheduleTick = () => {
    timer = setTimeout(() => void tick().finally(scheduleTick), controlPollMs);
  };
  scheduleTick();
  const stopTicking = () => clearTimeout(timer);
  // Ends a claim that waits on the server (long-poll) when the worker shuts down.
  const claimsAborted = new AbortController();

  const claimFailures = failureLog(log, "claim");
  const claimLoop = async () => {
    let backoff = firstBackoffMs;
    while (!closing) {
      if (executions.size >= options.capacity) {
        await sleep(idlePollMs);
        continue;
      }
      let claimed;
      try {
        // Fill every free slot in one round trip.
        claimed = await transport.claimJobs(worker, options.capacity - executions.size, claimsAborted.signal);
      } catch (err) {
        if (closing) break;
        claimFailures.failed(err);
        await sleep(idlePollMs);
        continue;
      }
      claimFailures.succeeded();
      if (claimed.length === 0) {
        if (transport.claimsWait) continue;
        await sleep(Math.min(backoff, idlePollMs));
        backoff = Math.min(backoff * 2, idlePollMs);
        continue;
      }
      backoff = firstBackoffMs;
      for (const job of claimed) {
        const execution = executeJob({ transport, runner: options.runner, worker, apiUrl: options.apiUrl, log, modules: options.modules, spoolDir: options.spoolDir, debugIdleTimeoutSeconds: options.debugIdleTimeoutSeconds }, job);
        const key = keyOf(job.id, job.attempts);
        executions.set(key, execution);
        void execution.done.finally(() => {
          executions.delete(key);
          wake();
        });
      }
    }
  };
  const claiming = claimLoop();

  return {
    wake,
    setIdlePollMs(ms) {
      idlePollMs = ms;
    },
    runningJobs: () => [...executions.keys()],
    heldJobIds: () => [...executions.values()].map((e) => e.held.jobId),
    async shutdown(drainMs) {
      closing = true;
      claimsAborted.abort();
      wake();
      await claiming;
      state = "draining";
      await transport.heartbeat(worker.id, state).catch((err) => log(`heartbeat failed: ${describeError(err)}`));
      const allDone = () => Promise.all([...executions.values()].map((e) => e.done));
      if (executions.size > 0) {
        log(`waiting up to ${drainMs / 1000} s for ${executions.size} running job(s)`);
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([allDone(), new Promise((r) => (timer = setTimeout(r, drainMs)))]);
        clearTimeout(timer);
      }
      for (const execution of executions.values()) execution.handle("drain");
      await allDone();
      stopTicking();
      state = "offline";
      await transport.heartbeat(worker.id, state);
    },
  };
}
