import type { Db } from "@/lib/db";
import { describeError } from "@/lib/db/describe-error";
import { leaseMs } from "./lease";
import { reapLostJobs, type ReapOptions } from "./reap-lost-jobs";

/** How often the web process and, by default, each worker (worker/loop.ts) run a reaper pass. */
export const reapIntervalMs = 10_000;

export interface Reaper {
  /** Stops the timer and waits for a pass that is running. */
  stop(): Promise<void>;
}

export interface ReaperOptions {
  intervalMs?: number;
  /** The jobs this process runs itself (a worker), which are alive whatever their lease says. */
  spare?: () => ReapOptions["spare"];
}

/**
 * Resolves the jobs of lost workers every `intervalMs` in this process, so they end even when no
 * other worker is alive to do it: the web server starts one when it boots (server/serve.ts). A pass
 * never overlaps the previous one; what it resolved and why a pass failed go to `log`.
 *
 * A lease that ran out while this reaper could not reach the database either is no evidence that its
 * worker died: the worker was most likely cut off too, and renews as soon as the database answers. So
 * for one lease after the database came back, only leases that had run out before it went away count.
 */
export function startReaper(db: Db, log: (line: string) => void, options: ReaperOptions = {}): Reaper {
  let running: Promise<void> | null = null;
  let lastGoodPassAt = new Date();
  let outage: { since: Date; recoveredAt: Date | null } | null = null;

  const expiredBefore = (now: Date): Date => {
    if (!outage) return now;
    if (outage.recoveredAt && now.getTime() - outage.recoveredAt.getTime() >= leaseMs) {
      outage = null;
      return now;
    }
    return outage.since;
  };

  const pass = async () => {
    const now = new Date();
    try {
      const reaped = await reapLostJobs(db, now, { expiredBefore: expiredBefore(now), spare: options.spare?.() });
      if (outage && !outage.recoveredAt) outage.recoveredAt = now;
      lastGoodPassAt = now;
      for (const r of reaped) log(`job ${r.jobId}: ${r.from} → ${r.to}: ${r.reason}`);
    } catch (err) {
      if (!outage || outage.recoveredAt) outage = { since: outage?.since ?? lastGoodPassAt, recoveredAt: null };
      log(`reaper pass failed: ${describeError(err)}`);
    }
  };
  const timer = setInterval(() => {
    running ??= pass().finally(() => (running = null));
  }, options.intervalMs ?? reapIntervalMs);
  // Shutdown is the caller's stop(); the timer alone must not keep the process alive.
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
