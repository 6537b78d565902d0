import type { Db } from "@/lib/db";
import { nextScheduleDueAt } from "@/lib/schedules/next-schedule-due-at";
import { runDueSchedules } from "@/lib/schedules/run-due-schedules";
import { schedulerSleepMs } from "@/lib/schedules/scheduler-sleep";
import { describeError } from "@/lib/db/describe-error";
import { wakeableSleep } from "@/lib/timing/wakeable-sleep";

export interface ScheduleTimer {
  /** Look again now: a schedule changed (a NOTIFY arrived) or the LISTEN connection came back. */
  wake(): void;
  /** Whether notifications announce schedule changes; without them the timer polls for changes. */
  setListening(listening: boolean): void;
  /** No further passes; waits for a pass in progress to finish. */
  stop(): Promise<void>;
}

/** Longest sleep while PostgreSQL LISTEN announces changes: a safety net for a lost notification. */
const scheduleSafetyTickMs = 15_000;

/**
 * Longest sleep without notifications (SQLite, or PostgreSQL while LISTEN is down). SQLite has no
 * NOTIFY, so the schedulers poll; the (enabled, nextRunAt) index already is the cheapest "schedules
 * changed" marker there is (one in-process seek, the same statement that finds the next due
 * instant), so no separate marker is kept. Only a schedule created or moved less than this before
 * its first occurrence can start late, by at most this; 2 s adds half a statement a second to an
 * idle worker or web service (`npm run bench`), where 1 s would add a whole one.
 */
const scheduleChangePollMs = 2_000;

/**
 * Sleeps until the earliest enabled schedule's nextRunAt and then runs a scheduler pass, so each
 * occurrence starts within moments of its time; a sleep never exceeds the safety tick (or the
 * change poll, while nothing announces changes). The web service and every worker run it (workers
 * on other networks may have no database to run it with): the occurrence rows' unique key keeps
 * that to one job per occurrence, and a schedule keeps running while any of them is up.
 */
export function startScheduleTimer(options: { db: Db; log: (message: string) => void; safetyTickMs?: number; listening?: boolean }): ScheduleTimer {
  const { db, log } = options;
  const safetyTickMs = options.safetyTickMs ?? scheduleSafetyTickMs;
  let listening = options.listening ?? false;
  let stopped = false;
  // A wake during a look is remembered by the sleeper, so a change the look may have missed is looked at again at once.
  const { sleep, wake } = wakeableSleep();
  /** Runs a pass when something is due; returns the next due instant (null on failure: sleep the longest). */
  const look = async (): Promise<{ nextDueAt: Date | null; progressed: boolean }> => {
    try {
      const due = await nextScheduleDueAt(db);
      if (!due || due.getTime() > Date.now()) return { nextDueAt: due, progressed: false };
      const outcomes = await runDueSchedules(db, { log });
      for (const o of outcomes) {
        log(`schedule ${o.scheduleId} at ${o.occurrenceAt.toISOString()}: ${o.decision}${o.jobId ? ` (job ${o.jobId})` : ""} for runbook ${o.runbookId}`);
      }
      return { nextDueAt: await nextScheduleDueAt(db), progressed: outcomes.length > 0 };
    } catch (err) {
      log(`scheduler pass failed: ${describeError(err)}`);
      return { nextDueAt: null, progressed: false };
    }
  };
  const run = async () => {
    while (!stopped) {
      const { nextDueAt, progressed } = await look();
      if (stopped) break;
      await sleep(schedulerSleepMs({ now: new Date(), nextDueAt, progressed, maxSleepMs: listening ? safetyTickMs : scheduleChangePollMs }));
    }
  };
  const running = run();

  return {
    wake,
    setListening(value) {
      listening = value;
      // A sleep begun for the safety tick is too long once notifications stop.
      wake();
    },
    async stop() {
      stopped = true;
      wake();
      await running;
    },
  };
}
