/** A wall-clock reading in some time zone; month is 1-12. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Is this an IANA time zone name the runtime knows (e.g. "Europe/Berlin", "UTC")? */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** What a clock in the time zone shows at the instant. */
export function wallTimeAt(instant: Date, timeZone: string): WallTime {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(instant)) if (p.type !== "literal") parts[p.type] = Number(p.value);
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute!, second: parts.second! };
}

/** Days since 1970-01-01 of the wall time's calendar date (time zone independent counting). */
export function dayNumber(wall: Pick<WallTime, "year" | "month" | "day">): number {
  return Math.floor(Date.UTC(wall.year, wall.month - 1, wall.day) / 86_400_000);
}

function offsetMsAt(instantMs: number, timeZone: string): number {
  const w = wallTimeAt(new Date(instantMs), timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(instantMs / 1000) * 1000;
}

/**
 * The instant a clock in the time zone shows the wall time. A time that occurs twice (fall back)
 * resolves to its first occurrence; a time that does not exist (spring forward) to the same
 * distance after the jump (02:30 in a 02:00→03:00 gap is 03:30), as `new Date()` does locally.
 */
export function instantOfWallTime(wall: WallTime, timeZone: string): Date {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  // Offsets a day either side bracket any transition near the wall time.
  const before = offsetMsAt(asUtc - 86_400_000, timeZone);
  const after = offsetMsAt(asUtc + 86_400_000, timeZone);
  const candidates = [asUtc - Math.max(before, after), asUtc - Math.min(before, after)];
  for (const t of candidates) if (offsetMsAt(t, timeZone) === asUtc - t) return new Date(t);
  return new Date(asUtc - before);
}
