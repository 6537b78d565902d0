/** How soon to look again when a pass left an occurrence due (a decision failed, or more schedules came due than one pass takes). */
export const dueRetryMs = 1_000;

export interface SchedulerSleepInput {
  now: Date;
  /** The earliest nextRunAt among enabled schedules; null when none will run again. */
  nextDueAt: Date | null;
  /** The longest sleep: the safety tick, or the change poll where no notification can wake the scheduler. */
  maxSleepMs: number;
}

/**
 * How long the scheduler sleeps before its next look: until the next occurrence comes due, so it
 * starts on time, but never longer than maxSleepMs, so a change nobody announced is still seen.
 * nextRunAt already reflects time zones, DST, expiry and disabling (lib/schedules/first-run-after.ts
 * and the pass that moves it on); a due instant already past means the last pass could not decide it.
 */
export function schedulerSleepMs({ now, nextDueAt, maxSleepMs }: SchedulerSleepInput): number {
  if (!nextDueAt) return maxSleepMs;
  const untilDue = nextDueAt.getTime() - now.getTime();
  return Math.min(untilDue > 0 ? untilDue : dueRetryMs, maxSleepMs);
}
