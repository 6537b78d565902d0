import pg from "pg";
import type { DbOrTx } from "./client";
import { describeError } from "./describe-error";
import { postgresUrlOf } from "./postgres-url";
import { WakeFlag } from "./wake-flag";

/**
 * The PostgreSQL channel on which the database itself announces a job's activity (new stream
 * records, a status change, a debug message): triggers of the `job_activity_notify` migration, so no
 * write path can forget it. The payload is the job id.
 */
export const jobActivityChannel = "baton_job_activity";

/** How the LISTEN connection names itself in pg_stat_activity. */
export const jobActivityApplicationName = "baton-job-activity";

export interface ActivityPolling {
  /** The poll without notifications: always on SQLite, and on PostgreSQL while the LISTEN connection is down. */
  pollMs: number;
  /** The poll while notifications arrive: only a safety net for one that was lost. */
  fallbackMs: number;
}

export interface JobActivityWatch {
  /**
   * Resolves at the job's next activity, or at once when some came since the previous call (a wake is
   * a flag, so one that arrives while the follower reads is not lost), or after the poll interval, or
   * when `signal` aborts.
   */
  next(signal: AbortSignal): Promise<void>;
  /** The follower is done: the LISTEN connection closes once nobody watches. */
  close(): void;
}

/**
 * What a follower of one job waits on between its reads. On PostgreSQL every follower of the process
 * shares one LISTEN connection to the database `db` speaks to, opened with the first and closed with
 * the last; the notification wakes it, and the poll slows to `fallbackMs`. SQLite has no NOTIFY (and
 * the writers are other processes), so there, and for a transaction client, the follower keeps
 * polling every `pollMs`.
 */
export function watchJobActivity(db: DbOrTx, jobId: string, polling: ActivityPolling): JobActivityWatch {
  const url = postgresUrlOf(db);
  if (!url) return { next: (signal) => new Watcher(() => polling.pollMs).next(signal), close: () => undefined };
  const listener = sharedListener(url);
  const watcher = new Watcher(() => (listener.connected ? polling.fallbackMs : polling.pollMs));
  listener.add(jobId, watcher);
  return { next: (signal) => watcher.next(signal), close: () => listener.remove(jobId, watcher) };
}

/** A follower's sleep between reads: the poll interval, ended early by its job's notification. */
class Watcher {
  private readonly flag = new WakeFlag();

  constructor(private readonly intervalMs: () => number) {}

  async next(signal: AbortSignal): Promise<void> {
    await this.flag.sleep(this.intervalMs(), signal);
  }

  notify(): void {
    this.flag.notify();
  }
}

const firstRetryMs = 500;
const maxRetryMs = 10_000;

/** One database's LISTEN connection in this process and the followers it wakes. */
class ActivityListener {
  connected = false;
  private readonly watchers = new Map<string, Set<Watcher>>();
  private count = 0;
  private client: pg.Client | null = null;
  private retryMs = firstRetryMs;
  private retryTimer: NodeJS.Timeout | undefined;

  constructor(private readonly url: string) {}

  add(jobId: string, watcher: Watcher): void {
    const set = this.watchers.get(jobId) ?? new Set<Watcher>();
    set.add(watcher);
    this.watchers.set(jobId, set);
    this.count++;
    if (!this.client && !this.retryTimer) void this.connect();
  }

  remove(jobId: string, watcher: Watcher): void {
    const set = this.watchers.get(jobId);
    if (!set?.delete(watcher)) return;
    if (set.size === 0) this.watchers.delete(jobId);
    if (--this.count === 0) this.stop();
  }

  private async connect(): Promise<void> {
    const c = new pg.Client({ connectionString: this.url, application_name: jobActivityApplicationName });
    this.client = c;
    c.on("notification", (msg) => {
      if (msg.channel !== jobActivityChannel || !msg.payload) return;
      for (const w of this.watchers.get(msg.payload) ?? []) w.notify();
    });
    c.on("error", (err) => this.lost(c, err));
    c.on("end", () => this.lost(c, new Error("connection ended")));
    try {
      await c.connect();
      await c.query(`LISTEN ${jobActivityChannel}`);
    } catch (err) {
      this.lost(c, err);
      return;
    }
    if (this.client !== c) return;
    this.connected = true;
    this.retryMs = firstRetryMs;
    // Whatever happened before the LISTEN took effect sent notifications nobody heard.
    this.wakeAll();
  }

  private lost(c: pg.Client, err: unknown): void {
    if (this.client !== c) return;
    this.client = null;
    this.connected = false;
    c.end().catch(() => undefined);
    console.error(`[baton] job activity LISTEN connection lost (${describeError(err)}); live followers poll until it is back`);
    // Followers sleeping on the slow safety-net poll re-read now and poll fast until the reconnect.
    this.wakeAll();
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      if (this.count > 0) void this.connect();
    }, this.retryMs);
    this.retryMs = Math.min(this.retryMs * 2, maxRetryMs);
  }

  private stop(): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    const c = this.client;
    this.client = null;
    this.connected = false;
    c?.end().catch(() => undefined);
  }

  private wakeAll(): void {
    for (const set of this.watchers.values()) for (const w of set) w.notify();
  }
}

// One listener per database per process; on globalThis so Next's dev reloads do not open another.
const holder = globalThis as unknown as { __batonActivityListeners?: Map<string, ActivityListener> };

function sharedListener(url: string): ActivityListener {
  holder.__batonActivityListeners ??= new Map();
  let listener = holder.__batonActivityListeners.get(url);
  if (!listener) {
    listener = new ActivityListener(url);
    holder.__batonActivityListeners.set(url, listener);
  }
  return listener;
}
