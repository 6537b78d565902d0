import { describe, expect, it } from "vitest";
import { firstRunAfter } from "./first-run-after";
import type { ScheduleTiming } from "./occurrences";
import { dueRetryMs, schedulerSleepMs } from "./scheduler-sleep";
import { timing } from "./testing/schedule-timing";

const maxSleepMs = 15_000;
/** The wake of a scheduler whose only schedule was just created (or enabled) at `now`. */
const wakeFor = (t: ScheduleTiming, enabled: boolean, now: Date) => new Date(now.getTime() + schedulerSleepMs({ now, nextDueAt: firstRunAfter(t, enabled, now), maxSleepMs }));

describe("how long the scheduler sleeps", () => {
  const now = new Date("2026-05-01T08:59:55.250Z");

  it("sleeps until the next occurrence, to the millisecond, when it is within the safety tick", () => {
    expect(schedulerSleepMs({ now, nextDueAt: new Date("2026-05-01T09:00:00Z"), maxSleepMs })).toBe(4_750);
  });

  it("sleeps only the safety tick when the next occurrence is further away", () => {
    expect(schedulerSleepMs({ now, nextDueAt: new Date("2026-05-01T10:00:00Z"), maxSleepMs })).toBe(maxSleepMs);
  });

  it("sleeps the safety tick when no schedule will run", () => {
    expect(schedulerSleepMs({ now, nextDueAt: null, maxSleepMs })).toBe(maxSleepMs);
  });

  it("looks again at once when a pass decided occurrences and more are due (a backlog)", () => {
    expect(schedulerSleepMs({ now, nextDueAt: new Date("2026-05-01T08:59:00Z"), maxSleepMs, progressed: true })).toBe(0);
  });

  it("retries shortly, not at once, when a pass decided nothing and left an occurrence due", () => {
    expect(schedulerSleepMs({ now, nextDueAt: new Date("2026-05-01T08:59:00Z"), maxSleepMs })).toBe(dueRetryMs);
    expect(schedulerSleepMs({ now, nextDueAt: now, maxSleepMs })).toBe(dueRetryMs);
  });

  it("never sleeps longer than a short change poll", () => {
    expect(schedulerSleepMs({ now, nextDueAt: new Date("2026-05-01T09:00:00Z"), maxSleepMs: 2_000 })).toBe(2_000);
    expect(schedulerSleepMs({ now, nextDueAt: new Date("2026-05-01T08:59:00Z"), maxSleepMs: 500 })).toBe(500);
  });
});

describe("when the scheduler wakes for a schedule", () => {
  it("wakes at 03:00 Berlin summer time for a daily 02:30 the clock skips on spring-forward night", () => {
    const t = timing({ kind: "daily", timeZone: "Europe/Berlin", startAt: new Date("2026-03-27T01:30:00Z") });
    expect(wakeFor(t, true, new Date("2026-03-29T00:59:50Z")).toISOString()).toBe("2026-03-29T01:00:00.000Z");
  });

  it("wakes at the first 01:30 in New York on fall-back night, not an hour later", () => {
    const t = timing({ kind: "daily", timeZone: "America/New_York", startAt: new Date("2026-10-31T05:30:00Z") });
    expect(wakeFor(t, true, new Date("2026-11-01T05:29:58Z")).toISOString()).toBe("2026-11-01T05:30:00.000Z");
  });

  it("wakes at the safety tick for a disabled schedule due in a second", () => {
    const now = new Date("2026-05-01T08:59:59Z");
    const t = timing({ kind: "once", startAt: new Date("2026-05-01T09:00:00Z") });
    expect(wakeFor(t, false, now).getTime() - now.getTime()).toBe(maxSleepMs);
  });

  it("wakes at the safety tick for a schedule whose expiry comes before its next occurrence", () => {
    const now = new Date("2026-05-01T08:59:59Z");
    const t = timing({ kind: "hourly", startAt: new Date("2026-05-01T08:00:00Z"), expiresAt: new Date("2026-05-01T09:00:00Z") });
    expect(wakeFor(t, true, now).getTime() - now.getTime()).toBe(maxSleepMs);
    // One second later expiry, and the 09:00 run is still on.
    expect(wakeFor({ ...t, expiresAt: new Date("2026-05-01T09:00:01Z") }, true, now).toISOString()).toBe("2026-05-01T09:00:00.000Z");
  });
});
