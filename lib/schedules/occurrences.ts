import { Cron } from "croner";
import { cronMode } from "./cron-problem";
import type { ScheduleKind } from "./schemas";
import { dayNumber, wallTimeAt } from "./zoned-time";

/** The timing of a schedule: what decides when it runs. */
export interface ScheduleTiming {
  kind: ScheduleKind;
  interval: number;
  cron: string | null;
  weekDays: number[];
  monthDays: number[];
  lastDayOfMonth: boolean;
  timeZone: string;
  startAt: Date;
  expiresAt: Date | null;
}

const hourMs = 3_600_000;
/** A calendar schedule whose days never come (day 31 every 12 months from a 30-day month) stops here. */
const searchHorizonMs = 50 * 366 * 24 * hourMs;

/**
 * Every occurrence strictly after `after`, in order, lazily. Occurrences fall on whole seconds, from
 * startAt (inclusive) until expiresAt (exclusive).
 *
 * - once: startAt. hourly: startAt + k·interval hours, in elapsed time (DST changes nothing).
 * - daily / weekly / monthly: at startAt's wall-clock time in the time zone, on every interval-th
 *   day, week (weeks start on Monday, counted from startAt's week) or month (counted from startAt's
 *   month). Monthly days missing from a month (the 31st in April) are skipped in it; "last day"
 *   follows the month (28/29 February).
 * - cron: the expression in the time zone, from startAt.
 *
 * Wall-clock kinds follow croner's fixed-time rules across DST: a time the clock skips (02:30 on
 * spring-forward day) runs once, at the first valid time after the jump (03:00); a time the clock
 * shows twice (01:30 on fall-back day) runs once, at its first occurrence. Never twice, never lost.
 */
export function* occurrencesAfter(timing: ScheduleTiming, after: Date): Generator<Date> {
  const start = Math.floor(timing.startAt.getTime() / 1000) * 1000;
  const end = timing.expiresAt?.getTime() ?? Infinity;
  const candidates = timing.kind === "once" ? onceCandidates(start) : timing.kind === "hourly" ? hourlyCandidates(start, timing.interval, after.getTime()) : cronCandidates(timing, start, after.getTime());
  for (const at of candidates) {
    if (at.getTime() >= end) return;
    if (at.getTime() > after.getTime()) yield at;
  }
}

/** The next `count` occurrences after the instant (fewer when the schedule ends sooner). */
export function nextOccurrences(timing: ScheduleTiming, after: Date, count: number): Date[] {
  const out: Date[] = [];
  if (count <= 0) return out;
  for (const at of occurrencesAfter(timing, after)) {
    out.push(at);
    if (out.length >= count) break;
  }
  return out;
}

function* onceCandidates(start: number): Generator<Date> {
  yield new Date(start);
}

function* hourlyCandidates(start: number, interval: number, after: number): Generator<Date> {
  const step = interval * hourMs;
  // Jump straight to the first step after `after` rather than walking from startAt.
  let k = after < start ? 0 : Math.floor((after - start) / step) + 1;
  for (;;) yield new Date(start + k++ * step);
}

/** Calendar kinds become a croner pattern at startAt's wall time, filtered to every interval-th period. */
function* cronCandidates(timing: ScheduleTiming, start: number, after: number): Generator<Date> {
  const wall = wallTimeAt(new Date(start), timing.timeZone);
  const time = `${wall.second} ${wall.minute} ${wall.hour}`;
  const pattern =
    timing.kind === "cron"
      ? timing.cron!
      : timing.kind === "daily"
        ? `${time} * * *`
        : timing.kind === "weekly"
          ? `${time} * * ${timing.weekDays.join(",")}`
          : `${time} ${[...timing.monthDays, ...(timing.lastDayOfMonth ? ["L"] : [])].join(",")} * *`;
  const cron = new Cron(pattern, { timezone: timing.timeZone, mode: cronMode, paused: true });
  const inPeriod = periodFilter(timing, wall);
  // croner's nextRun is strictly after its reference; one second before startAt includes startAt.
  let ref = new Date(Math.max(start - 1000, after));
  const horizon = ref.getTime() + searchHorizonMs;
  for (;;) {
    const next = cron.nextRun(ref);
    if (!next || next.getTime() > horizon) return;
    if (inPeriod(next)) yield next;
    ref = next;
  }
}

function periodFilter(timing: ScheduleTiming, startWall: ReturnType<typeof wallTimeAt>): (at: Date) => boolean {
  const n = timing.interval;
  if (n === 1 || timing.kind === "cron") return () => true;
  const startDay = dayNumber(startWall);
  if (timing.kind === "daily") return (at) => (dayNumber(wallTimeAt(at, timing.timeZone)) - startDay) % n === 0;
  if (timing.kind === "weekly") {
    // 1970-01-01 was a Thursday: (day + 3) % 7 counts days since Monday.
    const startMonday = startDay - ((startDay + 3) % 7);
    return (at) => Math.floor((dayNumber(wallTimeAt(at, timing.timeZone)) - startMonday) / 7) % n === 0;
  }
  const startMonth = startWall.year * 12 + startWall.month;
  return (at) => {
    const w = wallTimeAt(at, timing.timeZone);
    return (w.year * 12 + w.month - startMonth) % n === 0;
  };
}
