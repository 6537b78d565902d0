import type { Db } from "@/lib/db";
import { postgresUrlOf } from "@/lib/db/postgres-url";
import { sqlDialect } from "@/lib/db/sql-dialect";
import { sqliteDatabaseFile } from "@/lib/db/sqlite-wake";
import { WakeFlag } from "@/lib/db/wake-flag";
import { watchSqliteWakes } from "@/lib/db/sqlite-wake-watcher";
import { listenForWakes } from "@/lib/db/wake-listener";
import { jobsChannel, jobsWakeFile } from "@/lib/jobs/notify-job-queued";

/** What a waiting claim sleeps on between its tries. */
export interface QueuedJobWatch {
  /**
   * Resolves true at once when a job of the group was queued since the previous call (a wake is a
   * flag, so one that arrives while the claim runs is not lost), else true at the next one, or
   * false after `ms` or when `signal` aborts.
   */
  next(ms: number, signal: AbortSignal): Promise<boolean>;
  /** The claim is done: the shared listener closes once nobody waits. */
  close(): void;
}

/**
 * Watches for jobs queued for `group` (lib/jobs/notify-job-queued.ts), for the worker protocol's
 * waiting claims. Every waiting claim of the process shares one source per database: on PostgreSQL
 * one LISTEN connection on the jobs channel (the payload names the group), on SQLite one watch of the
 * group's wake file; it opens with the first waiter and closes after the last. Only a hint, as
 * everywhere: the claim tries again on its own every few seconds. Watch before the first claim, so a
 * job queued between that claim and the wait still wakes it.
 */
export async function watchQueuedJobs(db: Db, group: string): Promise<QueuedJobWatch> {
  const waiter = new WakeFlag();
  const source = await sharedSourceFor(db, group);
  if (!source) return { next: (ms, signal) => waiter.sleep(ms, signal), close: () => undefined };
  source.add(group, waiter);
  return { next: (ms, signal) => waiter.sleep(ms, signal), close: () => source.remove(group, waiter) };
}

/** Whatever wakes the waiters: `wake(group)` for one group's, `wake()` for all. */
type OpenSource = (wake: (group?: string) => void) => { close(): unknown };

/**
 * How long a source stays open after its last waiter left: a worker's next waiting claim follows its
 * previous one within a round trip, and should not pay for a new LISTEN connection or watch each time.
 */
const lingerMs = 30_000;

/** One database's (or, on SQLite, one group's) wake source in this process and the waiters it wakes. */
class SharedSource {
  private readonly waiters = new Map<string, Set<WakeFlag>>();
  private count = 0;
  private handle: { close(): unknown } | null = null;
  private lingering: NodeJS.Timeout | undefined;

  constructor(private readonly open: OpenSource) {}

  add(group: string, waiter: WakeFlag): void {
    const set = this.waiters.get(group) ?? new Set<WakeFlag>();
    set.add(waiter);
    this.waiters.set(group, set);
    this.count++;
    clearTimeout(this.lingering);
    this.handle ??= this.open((g) => this.wake(g));
  }

  remove(group: string, waiter: WakeFlag): void {
    const set = this.waiters.get(group);
    if (!set?.delete(waiter)) return;
    if (set.size === 0) this.waiters.delete(group);
    if (--this.count > 0) return;
    clearTimeout(this.lingering);
    this.lingering = setTimeout(() => {
      void this.handle?.close();
      this.handle = null;
    }, lingerMs);
    this.lingering.unref();
  }

  private wake(group?: string): void {
    const sets = group === undefined ? [...this.waiters.values()] : [this.waiters.get(group) ?? new Set<WakeFlag>()];
    for (const set of sets) for (const waiter of set) waiter.notify();
  }
}

/**
 * The wakes a source reports in the same tick as it (re)connects stand for "something may have been
 * missed", not for a queued job. A waiting claim answers a wake by ending its wait (the worker claims
 * again), so passing those on would end every wait as the source opens; a job queued while the
 * source was down is found by the waiters' own look every few seconds instead.
 */
function afterConnecting<A extends unknown[]>(wake: (...args: A) => void): { connected: (up: boolean) => void; wake: (...args: A) => void } {
  let settling = false;
  return {
    connected(up) {
      if (!up) return;
      settling = true;
      setImmediate(() => (settling = false));
    },
    wake: (...args) => {
      if (!settling) wake(...args);
    },
  };
}

const log = (message: string) => console.error(`[baton] worker protocol: ${message}`);

// One source per database per process; on globalThis so Next's dev reloads do not open another.
const holder = globalThis as unknown as { __batonQueuedJobWakes?: Map<string, SharedSource> };

async function sharedSourceFor(db: Db, group: string): Promise<SharedSource | undefined> {
  const sources = (holder.__batonQueuedJobWakes ??= new Map());
  const url = postgresUrlOf(db);
  if (url) {
    const key = `postgresql ${url}`;
    let source = sources.get(key);
    if (!source) {
      source = new SharedSource((wake) => {
        const filter = afterConnecting(wake);
        return listenForWakes({ url, channels: [{ name: jobsChannel, onWake: filter.wake }], onConnectedChange: filter.connected, log });
      });
      sources.set(key, source);
    }
    return source;
  }
  // A PostgreSQL client not made by createDb has no URL to LISTEN with: its claims just try again.
  if (sqlDialect(db) === "postgresql") return undefined;
  const databaseFile = await sqliteDatabaseFile(db);
  if (!databaseFile) return undefined;
  // A watch names its files up front, so each group of the database has its own.
  const key = `sqlite ${databaseFile} ${group}`;
  let source = sources.get(key);
  if (!source) {
    source = new SharedSource((wake) => {
      const filter = afterConnecting(() => wake(group));
      return watchSqliteWakes({ databaseFile, files: [{ name: jobsWakeFile(group), onWake: filter.wake }], onWatchingChange: filter.connected, log });
    });
    sources.set(key, source);
  }
  return source;
}
