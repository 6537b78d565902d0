import type { Db } from "@/lib/db";
import { reapLostJobs } from "./reap-lost-jobs";

/** How often the web process and, by default, each worker (worker/loop.ts) run a reaper pass. */
export const reapIntervalMs = 10_000;

export interface Reaper {
  /** Stops the timer and waits for a pass that is running. */
  stop(): Promise<void>;
}

/**
 * Resolves the jobs of lost workers every `intervalMs` in this process, so they end even when no
 * other worker is alive to do it: the web server starts one when it boots (server/serve.ts). A pass
 * never overlaps the previous one; what it resolved and why a pass failed go to `log`.
 */
export function startReaper(db: Db, log: (line: string) => void, intervalMs = reapIntervalMs): Reaper {
  let running: Promise<void> | null = null;
  const pass = async () => {
    try {
      for (const r of await reapLostJobs(db)) log(`job ${r.jobId}: ${r.from} → ${r.to}: ${r.reason}`);
    } catch (err) {
      log(`reaper pass failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  const timer = setInterval(() => {
    running ??= pass().finally(() => (running = null));
  }, intervalMs);
  // Shutdown is the caller's stop(); the timer alone must not keep the process alive.
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
