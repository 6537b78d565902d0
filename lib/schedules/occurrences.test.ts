import { describe, expect, it } from "vitest";
import { nextOccurrences, occurrencesAfter } from "./occurrences";
import { createScheduleSchema } from "./schemas";
import { timing } from "./testing/schedule-timing";
import { instantOfWallTime, wallTimeAt } from "./zoned-time";

const iso = (dates: Date[]) => dates.map((d) => d.toISOString());
/** "2026-03-29 03:00" as a clock in the zone shows it. */
const local = (d: Date, tz: string) => {
  const w = wallTimeAt(d, tz);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${w.year}-${p(w.month)}-${p(w.day)} ${p(w.hour)}:${p(w.minute)}`;
};

describe("daily schedules across DST", () => {
  it("Europe/Berlin 02:30 runs once at 03:00 on spring-forward day (29 March 2026), then 02:30 again", () => {
    const t = timing({ kind: "daily", timeZone: "Europe/Berlin", startAt: new Date("2026-03-27T01:30:00Z") });
    const runs = nextOccurrences(t, new Date("2026-03-27T00:00:00Z"), 4);
    expect(runs.map((d) => local(d, "Europe/Berlin"))).toEqual(["2026-03-27 02:30", "2026-03-28 02:30", "2026-03-29 03:00", "2026-03-30 02:30"]);
    expect(iso(runs)).toEqual(["2026-03-27T01:30:00.000Z", "2026-03-28T01:30:00.000Z", "2026-03-29T01:00:00.000Z", "2026-03-30T00:30:00.000Z"]);
  });

  it("America/New_York 01:30 runs once on fall-back day (1 November 2026), at the first 01:30 (EDT)", () => {
    const t = timing({ kind: "daily", timeZone: "America/New_York", startAt: new Date("2026-10-31T05:30:00Z") });
    const runs = nextOccurrences(t, new Date("2026-10-31T00:00:00Z"), 3);
    expect(iso(runs)).toEqual(["2026-10-31T05:30:00.000Z", "2026-11-01T05:30:00.000Z", "2026-11-02T06:30:00.000Z"]);
    // The second 01:30 that day (06:30Z, EST) is not a run: exactly one per day.
    expect(runs.map((d) => local(d, "America/New_York"))).toEqual(["2026-10-31 01:30", "2026-11-01 01:30", "2026-11-02 01:30"]);
  });

  it("America/New_York 02:30 on spring-forward day (8 March 2026) runs at 03:00 EDT", () => {
    const t = timing({ kind: "daily", timeZone: "America/New_York", startAt: new Date("2026-03-07T07:30:00Z") });
    expect(nextOccurrences(t, new Date("2026-03-07T00:00:00Z"), 3).map((d) => local(d, "America/New_York"))).toEqual([
      "2026-03-07 02:30",
      "2026-03-08 03:00",
      "2026-03-09 02:30",
    ]);
  });

  it("Europe/Berlin 02:30 on fall-back day (25 October 2026) runs once, in CEST", () => {
    const t = timing({ kind: "daily", timeZone: "Europe/Berlin", startAt: new Date("2026-10-24T00:30:00Z") });
    expect(iso(nextOccurrences(t, new Date("2026-10-24T00:00:00Z"), 3))).toEqual(["2026-10-24T00:30:00.000Z", "2026-10-25T00:30:00.000Z", "2026-10-26T01:30:00.000Z"]);
  });

  it("every 3 days keeps its wall time and its day rhythm through the change", () => {
    const t = timing({ kind: "daily", interval: 3, timeZone: "Europe/Berlin", startAt: new Date("2026-03-26T08:00:00Z") });
    expect(nextOccurrences(t, new Date("2026-03-01T00:00:00Z"), 4).map((d) => local(d, "Europe/Berlin"))).toEqual([
      "2026-03-26 09:00",
      "2026-03-29 09:00",
      "2026-04-01 09:00",
      "2026-04-04 09:00",
    ]);
  });
});

describe("hourly schedules", () => {
  it("count elapsed hours, so fall-back shows 01:xx twice in local time", () => {
    const t = timing({ kind: "hourly", timeZone: "America/New_York", startAt: new Date("2026-11-01T04:15:00Z") });
    expect(nextOccurrences(t, new Date("2026-11-01T04:00:00Z"), 4).map((d) => local(d, "America/New_York"))).toEqual([
      "2026-11-01 00:15",
      "2026-11-01 01:15",
      "2026-11-01 01:15",
      "2026-11-01 02:15",
    ]);
  });

  it("every 6 hours jumps straight past a long-ago start", () => {
    const t = timing({ kind: "hourly", interval: 6, startAt: new Date("2020-01-01T00:00:00Z") });
    expect(iso(nextOccurrences(t, new Date("2026-05-05T07:00:00Z"), 2))).toEqual(["2026-05-05T12:00:00.000Z", "2026-05-05T18:00:00.000Z"]);
  });
});

describe("monthly schedules", () => {
  it("last day of month follows February, in leap and common years", () => {
    const t = timing({ kind: "monthly", lastDayOfMonth: true, startAt: new Date("2027-12-01T10:00:00Z") });
    expect(iso(nextOccurrences(t, new Date("2027-12-01T00:00:00Z"), 4))).toEqual([
      "2027-12-31T10:00:00.000Z",
      "2028-01-31T10:00:00.000Z",
      "2028-02-29T10:00:00.000Z",
      "2028-03-31T10:00:00.000Z",
    ]);
    const common = nextOccurrences({ ...t, startAt: new Date("2027-01-15T10:00:00Z") }, new Date("2027-02-01T00:00:00Z"), 1);
    expect(iso(common)).toEqual(["2027-02-28T10:00:00.000Z"]);
  });

  it("day 31 skips shorter months; with the last day as well a month never runs twice", () => {
    const only31 = timing({ kind: "monthly", monthDays: [31], startAt: new Date("2026-01-01T06:00:00Z") });
    expect(iso(nextOccurrences(only31, new Date("2026-01-01T00:00:00Z"), 3))).toEqual(["2026-01-31T06:00:00.000Z", "2026-03-31T06:00:00.000Z", "2026-05-31T06:00:00.000Z"]);
    const both = { ...only31, lastDayOfMonth: true };
    expect(iso(nextOccurrences(both, new Date("2026-01-01T00:00:00Z"), 3))).toEqual(["2026-01-31T06:00:00.000Z", "2026-02-28T06:00:00.000Z", "2026-03-31T06:00:00.000Z"]);
  });

  it("days 1 and 15 every 2 months count months from the start", () => {
    const t = timing({ kind: "monthly", interval: 2, monthDays: [15, 1], timeZone: "Europe/Berlin", startAt: new Date("2026-01-10T07:00:00Z") });
    expect(nextOccurrences(t, new Date("2026-01-01T00:00:00Z"), 4).map((d) => local(d, "Europe/Berlin"))).toEqual([
      "2026-01-15 08:00",
      "2026-03-01 08:00",
      "2026-03-15 08:00",
      "2026-05-01 08:00",
    ]);
  });

  it("a day that never comes ends the search instead of looping", () => {
    // 30 April start, day 31, every 12 months: only Aprils, which have 30 days.
    const t = timing({ kind: "monthly", interval: 12, monthDays: [31], startAt: new Date("2026-04-30T06:00:00Z") });
    expect(nextOccurrences(t, new Date("2026-01-01T00:00:00Z"), 3)).toEqual([]);
  });
});

describe("weekly schedules", () => {
  it("run on each chosen day at the start's wall time", () => {
    // Monday, Wednesday, Friday 07:00 in Berlin from Wednesday 4 March 2026.
    const t = timing({ kind: "weekly", weekDays: [1, 3, 5], timeZone: "Europe/Berlin", startAt: new Date("2026-03-04T06:00:00Z") });
    expect(nextOccurrences(t, new Date("2026-03-01T00:00:00Z"), 5).map((d) => local(d, "Europe/Berlin"))).toEqual([
      "2026-03-04 07:00",
      "2026-03-06 07:00",
      "2026-03-09 07:00",
      "2026-03-11 07:00",
      "2026-03-13 07:00",
    ]);
  });

  it("every 2 weeks skips the weeks between, counting Monday-based weeks from the start", () => {
    // Start Thursday 5 March 2026; Tuesdays and Thursdays every other week.
    const t = timing({ kind: "weekly", interval: 2, weekDays: [2, 4], startAt: new Date("2026-03-05T12:00:00Z") });
    expect(iso(nextOccurrences(t, new Date("2026-03-01T00:00:00Z"), 4))).toEqual([
      "2026-03-05T12:00:00.000Z",
      "2026-03-17T12:00:00.000Z",
      "2026-03-19T12:00:00.000Z",
      "2026-03-31T12:00:00.000Z",
    ]);
  });
});

describe("once, cron and expiry", () => {
  it("once yields its start only while it is still ahead", () => {
    const t = timing({ kind: "once", startAt: new Date("2026-06-01T09:00:00.750Z") });
    expect(iso(nextOccurrences(t, new Date("2026-05-01T00:00:00Z"), 10))).toEqual(["2026-06-01T09:00:00.000Z"]);
    expect(nextOccurrences(t, new Date("2026-06-01T09:00:00Z"), 10)).toEqual([]);
  });

  it("cron runs in the time zone from the start", () => {
    const t = timing({ kind: "cron", cron: "0 9 * * 1-5", timeZone: "America/New_York", startAt: new Date("2026-03-06T00:00:00Z") });
    expect(iso(nextOccurrences(t, new Date("2026-01-01T00:00:00Z"), 3))).toEqual(["2026-03-06T14:00:00.000Z", "2026-03-09T13:00:00.000Z", "2026-03-10T13:00:00.000Z"]);
  });

  it("stops before expiresAt (exclusive)", () => {
    const t = timing({ kind: "daily", startAt: new Date("2026-01-01T08:00:00Z"), expiresAt: new Date("2026-01-04T08:00:00Z") });
    expect(iso(nextOccurrences(t, new Date("2025-12-01T00:00:00Z"), 10))).toEqual(["2026-01-01T08:00:00.000Z", "2026-01-02T08:00:00.000Z", "2026-01-03T08:00:00.000Z"]);
    expect([...occurrencesAfter(t, new Date("2026-01-03T08:00:00Z"))]).toEqual([]);
  });
});

describe("instantOfWallTime", () => {
  it("converts a wall time in the zone, first occurrence on fall-back, after the jump on spring-forward", () => {
    const w = (s: string) => {
      const [d, t] = s.split(" ");
      const [year, month, day] = d!.split("-").map(Number);
      const [hour, minute] = t!.split(":").map(Number);
      return { year: year!, month: month!, day: day!, hour: hour!, minute: minute!, second: 0 };
    };
    expect(instantOfWallTime(w("2026-07-01 09:00"), "Europe/Berlin").toISOString()).toBe("2026-07-01T07:00:00.000Z");
    expect(instantOfWallTime(w("2026-11-01 01:30"), "America/New_York").toISOString()).toBe("2026-11-01T05:30:00.000Z");
    expect(instantOfWallTime(w("2026-03-29 02:30"), "Europe/Berlin").toISOString()).toBe("2026-03-29T01:30:00.000Z");
  });
});

describe("createScheduleSchema", () => {
  const base = { name: "Nightly", kind: "daily", timeZone: "Europe/Berlin", startAt: "2026-03-01T02:00:00+01:00" };
  const fieldOf = (body: object) => {
    const r = createScheduleSchema.safeParse(body);
    return r.success ? null : r.error.issues[0]!.path.join(".");
  };

  it("accepts a minimal body and fills defaults", () => {
    const r = createScheduleSchema.parse(base);
    expect(r).toMatchObject({ interval: 1, enabled: true, missedPolicy: "run_once", expiresAt: null, weekDays: [], monthDays: [] });
    expect(r.startAt.toISOString()).toBe("2026-03-01T01:00:00.000Z");
  });

  it("names the field of each mistake", () => {
    expect(fieldOf({ ...base, timeZone: "Mars/Olympus" })).toBe("timeZone");
    expect(fieldOf({ ...base, startAt: "2026-03-01 02:00" })).toBe("startAt");
    expect(fieldOf({ ...base, kind: "weekly" })).toBe("weekDays");
    expect(fieldOf({ ...base, kind: "monthly" })).toBe("monthDays");
    expect(fieldOf({ ...base, kind: "cron" })).toBe("cron");
    expect(fieldOf({ ...base, kind: "cron", cron: "61 * * * *" })).toBe("cron");
    expect(fieldOf({ ...base, kind: "once", interval: 2 })).toBe("interval");
    expect(fieldOf({ ...base, interval: 0 })).toBe("interval");
    expect(fieldOf({ ...base, expiresAt: "2026-02-01T00:00:00Z" })).toBe("expiresAt");
    expect(fieldOf({ ...base, missedPolicy: "catch_up" })).toBe("missedPolicy");
    expect(fieldOf({ ...base, name: " " })).toBe("name");
  });
});
