import type { ScheduleView } from "@/lib/schedules/schedule-view";
import type { MissedPolicy, ScheduleKind } from "@/lib/schedules/schemas";
import { instantOfWallTime, wallTimeAt } from "@/lib/schedules/zoned-time";

/** What the schedule form edits: start and expiry as wall-clock text in the chosen time zone. */
export interface ScheduleFormValues {
  name: string;
  description: string;
  kind: ScheduleKind;
  interval: string;
  cron: string;
  weekDays: number[];
  monthDays: number[];
  lastDayOfMonth: boolean;
  timeZone: string;
  /** `YYYY-MM-DDTHH:MM[:SS]`, as <input type="datetime-local"> gives it. */
  start: string;
  expires: string;
  enabled: boolean;
  missedPolicy: MissedPolicy;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** An instant as datetime-local text in the time zone. */
export function localInputValue(instant: Date, timeZone: string): string {
  const w = wallTimeAt(instant, timeZone);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}${w.second ? `:${pad(w.second)}` : ""}`;
}

/** datetime-local text read in the time zone, as an ISO instant; null when it is not a date-time. */
export function instantFromInput(value: string, timeZone: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map((v) => Number(v ?? 0)) as [number, number, number, number, number, number];
  try {
    return instantOfWallTime({ year, month, day, hour, minute, second }, timeZone).toISOString();
  } catch {
    return null;
  }
}

export function initialFormValues(editing: ScheduleView | undefined, now: Date, browserZone: string): ScheduleFormValues {
  if (editing) {
    return {
      name: editing.name,
      description: editing.description,
      kind: editing.kind,
      interval: String(editing.interval),
      cron: editing.cron ?? "",
      weekDays: editing.weekDays,
      monthDays: editing.monthDays,
      lastDayOfMonth: editing.lastDayOfMonth,
      timeZone: editing.timeZone,
      start: localInputValue(new Date(editing.startAt), editing.timeZone),
      expires: editing.expiresAt ? localInputValue(new Date(editing.expiresAt), editing.timeZone) : "",
      enabled: editing.enabled,
      missedPolicy: editing.missedPolicy,
    };
  }
  // The next full hour, a sensible first run for a new schedule.
  const nextHour = new Date(Math.ceil((now.getTime() + 1) / 3_600_000) * 3_600_000);
  return {
    name: "",
    description: "",
    kind: "daily",
    interval: "1",
    cron: "",
    weekDays: [],
    monthDays: [],
    lastDayOfMonth: false,
    timeZone: browserZone,
    start: localInputValue(nextHour, browserZone),
    expires: "",
    enabled: true,
    missedPolicy: "run_once",
  };
}

/**
 * The request body for createScheduleSchema: fields that do not apply to the kind are left out
 * (a weekly schedule's days are kept in the form while another kind is tried, not sent).
 */
export function formValuesToBody(v: ScheduleFormValues): Record<string, unknown> {
  const interval = v.kind === "once" || v.kind === "cron" ? 1 : v.interval.trim() === "" ? Number.NaN : Number(v.interval);
  return {
    name: v.name,
    description: v.description,
    kind: v.kind,
    interval,
    cron: v.kind === "cron" ? v.cron : null,
    weekDays: v.kind === "weekly" ? v.weekDays : [],
    monthDays: v.kind === "monthly" ? v.monthDays : [],
    lastDayOfMonth: v.kind === "monthly" && v.lastDayOfMonth,
    timeZone: v.timeZone,
    startAt: instantFromInput(v.start, v.timeZone) ?? v.start,
    expiresAt: v.expires ? (instantFromInput(v.expires, v.timeZone) ?? v.expires) : null,
    enabled: v.enabled,
    missedPolicy: v.missedPolicy,
  };
}
