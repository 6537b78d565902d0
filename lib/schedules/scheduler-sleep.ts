/** How soon to look again when a pass decided nothing yet left an occurrence due (its decision failed). */
export const dueRetryMs = 1_000;

export interface SchedulerSleepInput {
  now: Date;
  /** The earliest nextRunAt among enabled schedules; null when none will run again. */
  nextDueAt: Date | null;
  /** The longest sleep: the safety tick, or the change poll where no notification can wake the scheduler. */
  maxSleepMs: number;
  /** Whether the pass just run decided any occurrence: more schedules may have come due than one pass takes. */
  progressed?: boolean;
}

/**
 * How long the scheduler sleeps before its next look: until the next occurrence comes due, so it
 * starts on time, but never longer than maxSleepMs, so a change nobody announced is still seen.
 * nextRunAt already reflects time zones, DST, expiry and disabling (lib/schedules/first-run-after.ts
 * and the pass that moves it on). A due instant already past after a pass is either the rest of a
 * backlog (look again at once) or an occurrence the pass could not decide (retry shortly).
 */
export function schedulerSleepMs({ now, nextDueAt, maxSleepMs, progressed = false }: SchedulerSleepInput): number {
  if (!nextDueAt) return maxSleepMs;
  const untilDue = nextDueAt.getTime() - now.getTime();
  if (untilDue > 0) return Math.min(untilDue, maxSleepMs);
  return progressed ? 0 : Math.min(dueRetryMs, maxSleepMs);
}
