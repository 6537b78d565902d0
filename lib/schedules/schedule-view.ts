import { z } from "zod";
import type { Prisma } from "@/generated/postgresql/client";
import { nextOccurrences, type ScheduleTiming } from "./occurrences";
import { missedPolicies, scheduleKinds, type MissedPolicy, type ScheduleKind } from "./schemas";

export const scheduleViewInclude = { _count: { select: { jobSchedules: true } } } satisfies Prisma.ScheduleInclude;
type ScheduleRow = Prisma.ScheduleGetPayload<{ include: typeof scheduleViewInclude }>;
/** The columns that decide a schedule's occurrences (scheduleTimingOf reads them). */
export const scheduleTimingSelect = {
  kind: true,
  interval: true,
  cron: true,
  weekDays: true,
  monthDays: true,
  lastDayOfMonth: true,
  timeZone: true,
  startAt: true,
  expiresAt: true,
} satisfies Prisma.ScheduleSelect;
type TimingRow = Prisma.ScheduleGetPayload<{ select: typeof scheduleTimingSelect }>;

/** A schedule as the API returns it (GET /api/v1/schedules, /schedules/{id}). */
export const scheduleView = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  kind: z.enum(scheduleKinds),
  interval: z.number().int().describe("Every this many hours, days, weeks or months."),
  cron: z.string().nullable(),
  weekDays: z.array(z.number().int()).describe("0 = Sunday … 6 = Saturday (weekly)."),
  monthDays: z.array(z.number().int()).describe("1–31 (monthly)."),
  lastDayOfMonth: z.boolean(),
  timeZone: z.string().describe("IANA time zone the schedule's wall-clock times are in."),
  startAt: z.string(),
  expiresAt: z.string().nullable(),
  enabled: z.boolean(),
  missedPolicy: z.enum(missedPolicies),
  nextRunAt: z.string().nullable().describe("Null when disabled, expired or past its only occurrence."),
  lastRunAt: z.string().nullable(),
  expired: z.boolean().describe("No occurrence is left after now: a one-time schedule that ran, or one past its expiry (Azure's \"Expired\")."),
  runbookCount: z.number().int().describe("How many runbooks the schedule starts."),
  createdAt: z.string(),
  updatedAt: z.string(),
  createdBy: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export type ScheduleView = z.infer<typeof scheduleView>;

const numbers = (value: Prisma.JsonValue | null): number[] => (Array.isArray(value) ? value.filter((v): v is number => typeof v === "number") : []);

/** Whether the schedule has no occurrence left after `now`, however it is enabled. */
export function hasExpired(timing: ScheduleTiming, now: Date): boolean {
  return nextOccurrences(timing, now, 1).length === 0;
}

/** The stored timing of a schedule, for occurrence maths. */
export function scheduleTimingOf(row: TimingRow): ScheduleTiming {
  return {
    kind: row.kind as ScheduleKind,
    interval: row.interval,
    cron: row.cron,
    weekDays: numbers(row.weekDays),
    monthDays: numbers(row.monthDays),
    lastDayOfMonth: row.lastDayOfMonth,
    timeZone: row.timeZone,
    startAt: row.startAt,
    expiresAt: row.expiresAt,
  };
}

export function toScheduleView(row: ScheduleRow, now = new Date()): ScheduleView {
  const timing = scheduleTimingOf(row);
  const expired = hasExpired(timing, now);
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    ...timing,
    startAt: row.startAt.toISOString(),
    expiresAt: row.expiresAt?.toISOString() ?? null,
    enabled: row.enabled,
    missedPolicy: row.missedPolicy as MissedPolicy,
    nextRunAt: expired ? null : (row.nextRunAt?.toISOString() ?? null),
    lastRunAt: row.lastRunAt?.toISOString() ?? null,
    expired,
    runbookCount: row._count.jobSchedules,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    createdBy: row.createdBy,
    updatedBy: row.updatedBy,
  };
}
