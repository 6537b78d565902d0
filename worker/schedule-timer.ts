import type { Db } from "@/lib/db";
import { runDueSchedules } from "@/lib/schedules/run-due-schedules";
import { coerceError } from "./coerce-error";

export interface ScheduleTimer {
  /** No further ticks; waits for a tick in progress to finish. */
  stop(): Promise<void>;
}

/** How often each worker runs the scheduler; occurrences start at most this late (plus jitter). */
export const scheduleTickMs = 15_000;

/**
 * Runs the scheduler at start-up and then every tickMs (with up to a second of jitter, so several
 * workers' ticks spread out). Every worker runs it: the occurrence rows' unique key keeps that to
 * one job per occurrence, and a schedule keeps running while any worker is up.
 */
export function startScheduleTimer(options: { db: Db; log: (message: string) => void; tickMs?: number }): ScheduleTimer {
  const { db, log } = options;
  const tickMs = options.tickMs ?? scheduleTickMs;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const tick = async () => {
    try {
      for (const o of await runDueSchedules(db, { log })) {
        log(`schedule ${o.scheduleId} at ${o.occurrenceAt.toISOString()}: ${o.decision}${o.jobId ? ` (job ${o.jobId})` : ""} for runbook ${o.runbookId}`);
      }
    } catch (err) {
      log(`scheduler tick failed: ${coerceError(err).message}`);
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = tick().finally(schedule);
    }, tickMs + Math.floor(Math.random() * 1_000));
  };
  running = tick().finally(schedule);

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
