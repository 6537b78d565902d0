import type { ScheduleTiming } from "../occurrences";

/** A schedule's timing for tests: every unnamed field has its plain default (UTC, no expiry, every 1). */
export const timing = (overrides: Partial<ScheduleTiming> & Pick<ScheduleTiming, "kind" | "startAt">): ScheduleTiming => ({
  interval: 1,
  cron: null,
  weekDays: [],
  monthDays: [],
  lastDayOfMonth: false,
  timeZone: "UTC",
  expiresAt: null,
  ...overrides,
});
