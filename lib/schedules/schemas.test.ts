import { describe, expect, it } from "vitest";
import { createScheduleSchema, scheduleSchema } from "./schemas";

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("a schedule that could never run is refused", () => {
  const now = new Date("2026-06-01T12:00:00Z");
  const atNoon = scheduleSchema({ now: () => now });

  it("refuses a one-time schedule at or before now, naming startAt", () => {
    expect(messages(atNoon.safeParse({ name: "Past", kind: "once", startAt: "2026-06-01T11:59:59Z" }))).toEqual({
      startAt: "must be in the future: a one-time schedule set in the past would never run",
    });
    expect(atNoon.safeParse({ name: "Now", kind: "once", startAt: now.toISOString() }).success).toBe(false);
    expect(atNoon.safeParse({ name: "Soon", kind: "once", startAt: "2026-06-01T12:00:01Z" }).success).toBe(true);
    // A recurring schedule may start in the past: its next occurrence is still ahead.
    expect(atNoon.safeParse({ name: "Daily", kind: "daily", startAt: "2020-01-01T09:00:00Z" }).success).toBe(true);
  });

  it("refuses an expiry that has passed, naming expiresAt", () => {
    expect(messages(atNoon.safeParse({ name: "Gone", kind: "daily", startAt: "2020-01-01T09:00:00Z", expiresAt: "2026-05-01T00:00:00Z" }))).toEqual({
      expiresAt: "must be in the future: a schedule that has expired never runs",
    });
  });

  it("lets an edit keep the past start or expiry the schedule already had", () => {
    const before = { kind: "once" as const, startAt: new Date("2026-05-01T09:00:00Z"), expiresAt: null };
    const edit = scheduleSchema({ now: () => now, before });
    expect(edit.safeParse({ name: "Renamed", kind: "once", startAt: "2026-05-01T09:00:00Z" }).success).toBe(true);
    // Moving it to another past time, or turning a past daily start into a one-time one, is refused.
    expect(messages(edit.safeParse({ name: "Moved", kind: "once", startAt: "2026-05-02T09:00:00Z" }))).toHaveProperty("startAt");
    const daily = scheduleSchema({ now: () => now, before: { ...before, kind: "daily" } });
    expect(messages(daily.safeParse({ name: "Once now", kind: "once", startAt: "2026-05-01T09:00:00Z" }))).toHaveProperty("startAt");
  });

  it("reads the clock when a value is parsed, not when the schema was made", () => {
    const soon = new Date(Date.now() + 60_000).toISOString();
    expect(createScheduleSchema.safeParse({ name: "Soon", kind: "once", startAt: soon }).success).toBe(true);
    expect(createScheduleSchema.safeParse({ name: "Late", kind: "once", startAt: new Date(Date.now() - 1000).toISOString() }).success).toBe(false);
  });
});

describe("schedule names and cron expressions", () => {
  const base = { kind: "daily", startAt: "2030-01-01T09:00:00Z" };

  it("holds schedule names to the one name rule", () => {
    expect(messages(createScheduleSchema.safeParse({ ...base, name: "<script>alert(1)</script>" }))).toEqual({
      name: "must not contain < > * % & : \\ ? / + quotes, $ or control characters",
    });
    expect(createScheduleSchema.safeParse({ ...base, name: "Nightly (EU) – backup #2" }).success).toBe(true);
  });

  it("says what is wrong with a cron expression in the form's terms", () => {
    const cron = (expression: string) => messages(createScheduleSchema.safeParse({ ...base, name: "C", kind: "cron", cron: expression })).cron;
    expect(cron("* * * *")).toBe("must have 5 fields (minute hour day month weekday) or 6 with seconds first; this one has 4");
    expect(cron("0 0 * * * * *")).toBe("must have 5 fields (minute hour day month weekday) or 6 with seconds first; this one has 7");
    expect(cron("61 * * * *")).toBe("has a minute out of range (allowed: 0–59)");
    expect(cron("0 0 * * 8")).toBe("has a day of week out of range (allowed: 0–7 or SUN–SAT)");
    expect(cron("0 x * * *")).toBe("has an hour field that is not a number, name, range (1-5), list (1,3) or step (*/15)");
    expect(cron("*/0 * * * *")).toBe("has a step (/N) that is not a whole number of at least 1");
    expect(cron("0 7 * * 1-5")).toBeUndefined();
    expect(cron("30 0 7 * * MON-FRI")).toBeUndefined();
  });
});
