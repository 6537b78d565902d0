import type { Db } from "@/lib/db";
import { reapLostJobs } from "./reap-lost-jobs";

/** The web process reaps at most this often; workers run their own reaper too (worker/loop.ts). */
export const webReapIntervalMs = 10_000;

const holder = globalThis as unknown as { __batonReaper?: { timer: NodeJS.Timeout; lastRun: number; running: Promise<void> | null } };

/**
 * Makes sure the web process resolves jobs of lost workers even when no other worker is alive to
 * do it: the first job API call starts a background pass every 10 s, and reads also run a pass when
 * the last one is older than that, so a page never shows a dead worker's job as Running for long.
 */
export async function ensureReaper(db: Db): Promise<void> {
  if (!holder.__batonReaper) {
    const timer = setInterval(() => void runPass(db), webReapIntervalMs);
    // The reaper must not keep a process alive on its own (tests, next build).
    timer.unref();
    holder.__batonReaper = { timer, lastRun: 0, running: null };
  }
  const state = holder.__batonReaper;
  if (Date.now() - state.lastRun >= webReapIntervalMs) await runPass(db);
  else if (state.running) await state.running;
}

function runPass(db: Db): Promise<void> {
  const state = holder.__batonReaper!;
  if (state.running) return state.running;
  state.lastRun = Date.now();
  state.running = reapLostJobs(db)
    .then(
      () => undefined,
      (err: unknown) => console.error("[baton] reaper pass failed:", err),
    )
    .finally(() => {
      state.running = null;
    });
  return state.running;
}
