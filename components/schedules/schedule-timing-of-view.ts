import type { ScheduleTiming } from "@/lib/schedules/occurrences";
import type { ScheduleView } from "@/lib/schedules/schedule-view";

/** The timing of a schedule as the API returned it (dates as ISO strings). */
export function scheduleTimingOfView(s: ScheduleView): ScheduleTiming {
  return { ...s, startAt: new Date(s.startAt), expiresAt: s.expiresAt ? new Date(s.expiresAt) : null };
}
