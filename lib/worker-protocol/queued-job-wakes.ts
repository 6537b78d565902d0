import type { Db } from "@/lib/db";
import { postgresUrlOf } from "@/lib/db/postgres-url";
import { sqlDialect } from "@/lib/db/sql-dialect";
import { sqliteDatabaseFile } from "@/lib/db/sqlite-wake";
import { watchSqliteWakes } from "@/lib/db/sqlite-wake-watcher";
import { listenForWakes } from "@/lib/db/wake-listener";
import { jobsChannel, jobsWakeFile } from "@/lib/jobs/notify-job-queued";

/** What a waiting claim sleeps on between its tries. */
export interface QueuedJobWatch {
  /**
   * Resolves at once when a job of the group was queued since the previous call (a wake is a flag,
   * so one that arrives while the claim runs is not lost), else at the next one, after `ms`, or
   * when `signal` aborts.
   */
  next(ms: number, signal: AbortSignal): Promise<void>;
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
  const waiter = new Waiter();
  const source = await sharedSourceFor(db, group);
  if (!source) return { next: (ms, signal) => waiter.next(ms, signal), close: () => undefined };
  source.add(group, waiter);
  return { next: (ms, signal) => waiter.next(ms, signal), close: () => source.remove(group, waiter) };
}

class Waiter {
  private pending = false;
  private wake: (() => void) | null = null;

  next(ms: number, signal: AbortSignal): Promise<void> {
    if (this.pending || signal.aborted) {
      this.pending = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        signal.removeEventListener("abort", done);
        this.wake = null;
        this.pending = false;
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal.addEventListener("abort", done, { once: true });
      this.wake = done;
    });
  }

  notify(): void {
    if (this.wake) this.wake();
    else this.pending = true;
  }
}

/** Whatever wakes the waiters: `wake(group)` for one group's, `wake()` for all (after a reconnect). */
type OpenSource = (wake: (group?: string) => void) => { close(): unknown };

/** One database's (or, on SQLite, one group's) wake source in this process and the waiters it wakes. */
class SharedSource {
  private readonly waiters = new Map<string, Set<Waiter>>();
  private count = 0;
  private handle: { close(): unknown } | null = null;

  constructor(private readonly open: OpenSource) {}

  add(group: string, waiter: Waiter): void {
    const set = this.waiters.get(group) ?? new Set<Waiter>();
    set.add(waiter);
    this.waiters.set(group, set);
    this.count++;
    this.handle ??= this.open((g) => this.wake(g));
  }

  remove(group: string, waiter: Waiter): void {
    const set = this.waiters.get(group);
    if (!set?.delete(waiter)) return;
    if (set.size === 0) this.waiters.delete(group);
    if (--this.count === 0) {
      void this.handle?.close();
      this.handle = null;
    }
  }

  private wake(group?: string): void {
    const sets = group === undefined ? [...this.waiters.values()] : [this.waiters.get(group) ?? new Set<Waiter>()];
    for (const set of sets) for (const waiter of set) waiter.notify();
  }
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
      source = new SharedSource((wake) =>
        listenForWakes({ url, channels: [{ name: jobsChannel, onWake: (payload) => wake(payload) }], onConnectedChange: () => undefined, log }),
      );
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
    source = new SharedSource((wake) =>
      watchSqliteWakes({ databaseFile, files: [{ name: jobsWakeFile(group), onWake: () => wake(group) }], onWatchingChange: () => undefined, log }),
    );
    sources.set(key, source);
  }
  return source;
}
