import { nextOccurrences, type ScheduleTiming } from "./occurrences";

/** The nextRunAt a schedule gets when it is created, changed or enabled: its first occurrence after now. */
export function firstRunAfter(timing: ScheduleTiming, enabled: boolean, now: Date): Date | null {
  if (!enabled) return null;
  return nextOccurrences(timing, now, 1)[0] ?? null;
}
