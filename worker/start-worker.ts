import os from "node:os";
import path from "node:path";
import type { Db } from "@/lib/db";
import { sqliteDatabaseFile } from "@/lib/db/sqlite-wake";
import { watchSqliteWakes } from "@/lib/db/sqlite-wake-watcher";
import { listenForWakes } from "@/lib/db/wake-listener";
import { jobsChannel, jobsWakeFile } from "@/lib/jobs/notify-job-queued";
import { sqlDialect } from "@/lib/db/sql-dialect";
import { reapIntervalMs, startReaper } from "@/lib/queue/start-reaper";
import { startRetentionTimer } from "@/lib/retention/start-retention-timer";
import { schedulesChannel } from "@/lib/schedules/notify-schedules-changed";
import { startScheduleTimer } from "@/lib/schedules/start-schedule-timer";
import type { RegisteredWorker } from "@/lib/workers/register-worker";
import { failureLog } from "./failure-log";
import { startWorkerLoop, type WorkerLoop } from "./loop";
import { ModuleCache } from "./modules/module-cache";
import { removeLeftoverSpools } from "./stream-spool";
import type { JobRunner } from "./runner-types";
import { directTransport } from "./transport/direct-transport";
import type { WorkerTransport } from "./transport/worker-transport";

/** What every worker needs, however it reaches the platform. */
export interface WorkerOptions {
  runner: JobRunner;
  name: string;
  group: string;
  capacity: number;
  /** The web service the automation cmdlets inside runbooks call. */
  apiUrl: string;
  version: string;
  log: (message: string) => void;
  /** Where this worker keeps its copies of the active integration modules; without it jobs get none. */
  moduleCacheDir?: string;
  /**
   * Where stream records wait on disk while the platform is unreachable: `npm run worker` uses
   * <BATON_DATA_DIR>/workers/<name>/spool; without it, a folder in the system's temp directory.
   */
  spoolDir?: string;
  /** Overrides the admin setting debugIdleTimeoutMinutes, whose unit is too coarse for tests. */
  debugIdleTimeoutSeconds?: number;
}

export interface StartWorkerOptions extends WorkerOptions {
  db: Db;
  /** The database URL, for the LISTEN connection on PostgreSQL. */
  databaseUrl: string;
  /** The scheduler's longest sleep while LISTEN announces schedule changes (lib/schedules/start-schedule-timer.ts). */
  scheduleSafetyTickMs?: number;
}

export interface StartRemoteWorkerOptions extends WorkerOptions {
  /** The web service's worker protocol (worker/transport/https-transport.ts). */
  transport: WorkerTransport;
}

export interface RunningWorker {
  worker: RegisteredWorker;
  loop: WorkerLoop;
  /** Drains (up to drainMs), stops the rest, marks the worker offline. The runner stays open. */
  stop(drainMs: number): Promise<void>;
}

/** Idle poll interval: 1 s alone; 5 s while LISTEN (PostgreSQL) or the wake files (SQLite) wake the loop. */
const pollMs = { polling: 1_000, listening: 5_000 };

/**
 * Registers through the transport and starts claiming; the spool's leftovers of an earlier run go
 * first. While the platform cannot be reached (a host that boots before the web service or the
 * database answers) registration is tried again with backoff; a refusal is thrown at once.
 */
async function startClaiming(options: WorkerOptions, transport: WorkerTransport): Promise<{ worker: RegisteredWorker; loop: WorkerLoop }> {
  const registration = { name: options.name, host: os.hostname(), version: options.version, pid: process.pid, group: options.group, capacity: options.capacity };
  const failures = failureLog(options.log, "registration");
  let delayMs = 250;
  let worker: RegisteredWorker;
  for (;;) {
    try {
      worker = await transport.register(registration);
      failures.succeeded();
      break;
    } catch (err) {
      if (!transport.isTransient(err)) throw err;
      failures.failed(err);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      delayMs = Math.min(delayMs * 2, 5_000);
    }
  }
  const modules = options.moduleCacheDir ? new ModuleCache(transport, options.moduleCacheDir) : undefined;
  const spoolDir = options.spoolDir ?? path.join(os.tmpdir(), "baton-worker-spool", options.name);
  const leftovers = await removeLeftoverSpools(spoolDir);
  if (leftovers.length > 0) options.log(`removed ${leftovers.length} spool file(s) of an earlier run of this worker (their jobs were resolved by the reaper)`);
  const loop = startWorkerLoop({
    transport,
    runner: options.runner,
    worker,
    capacity: options.capacity,
    apiUrl: options.apiUrl,
    log: options.log,
    modules,
    spoolDir,
    idlePollMs: pollMs.polling,
    debugIdleTimeoutSeconds: options.debugIdleTimeoutSeconds,
  });
  return { worker, loop };
}

/**
 * A worker on the database: registers, starts claiming and the scheduler, and has new jobs of its
 * group wake it: on PostgreSQL it LISTENs (for changed schedules too), on SQLite it watches the
 * database's wake files. Also runs the reaper for everyone's lost jobs and offers to run the
 * retention purge.
 */
export async function startWorker(options: StartWorkerOptions): Promise<RunningWorker> {
  const { worker, loop } = await startClaiming(options, directTransport(options.db));
  // Jitter spreads several workers' reaper passes apart. This worker's own running jobs are alive
  // whatever their lease says (it may have just come back from a database outage).
  const reaper = startReaper(options.db, options.log, {
    intervalMs: reapIntervalMs + Math.floor(Math.random() * 1_000),
    spare: () => ({ workerId: worker.id, jobIds: loop.heldJobIds() }),
  });
  const scheduler = startScheduleTimer({ db: options.db, log: options.log, safetyTickMs: options.scheduleSafetyTickMs });
  const listener =
    sqlDialect(options.db) === "postgresql"
      ? listenForWakes({
          url: options.databaseUrl,
          channels: [
            { name: jobsChannel, matches: (group) => group === worker.group, onWake: () => loop.wake() },
            { name: schedulesChannel, onWake: () => scheduler.wake() },
          ],
          onConnectedChange: (up) => {
            loop.setIdlePollMs(up ? pollMs.listening : pollMs.polling);
            scheduler.setListening(up);
          },
          log: options.log,
        })
      : null;
  const databaseFile = sqlDialect(options.db) === "sqlite" ? await sqliteDatabaseFile(options.db) : undefined;
  const watcher = databaseFile
    ? watchSqliteWakes({
        databaseFile,
        files: [{ name: jobsWakeFile(worker.group), onWake: () => loop.wake() }],
        onWatchingChange: (watching) => loop.setIdlePollMs(watching ? pollMs.listening : pollMs.polling),
        log: options.log,
      })
    : null;
  const retention = startRetentionTimer({ db: options.db, instanceName: `worker ${worker.name}`, log: options.log });
  return {
    worker,
    loop,
    async stop(drainMs) {
      await retention.stop();
      await scheduler.stop();
      await listener?.close();
      watcher?.close();
      await loop.shutdown(drainMs);
      await reaper.stop();
    },
  };
}

/**
 * A remote worker: everything through the web service's worker protocol, with claims that wait on
 * the server, so a queued job reaches it at once. Schedules, the reaper and retention are the web
 * service's (lib/time-based-work), since a remote worker has no database to run them on.
 */
export async function startRemoteWorker(options: StartRemoteWorkerOptions): Promise<RunningWorker> {
  const { worker, loop } = await startClaiming(options, options.transport);
  return { worker, loop, stop: (drainMs) => loop.shutdown(drainMs) };
}
