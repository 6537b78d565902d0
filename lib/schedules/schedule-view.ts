import type { Prisma } from "@/generated/postgresql/client";
import { nextOccurrences, type ScheduleTiming } from "./occurrences";
import type { MissedPolicy, ScheduleKind } from "./schemas";

export const scheduleViewInclude = { _count: { select: { jobSchedules: true } } } satisfies Prisma.ScheduleInclude;
type ScheduleRow = Prisma.ScheduleGetPayload<{ include: typeof scheduleViewInclude }>;
type TimingRow = Pick<ScheduleRow, "kind" | "interval" | "cron" | "weekDays" | "monthDays" | "lastDayOfMonth" | "timeZone" | "startAt" | "expiresAt">;

/** A schedule as the API returns it (GET /api/v1/schedules, /schedules/{id}). */
export interface ScheduleView {
  id: string;
  name: string;
  description: string;
  kind: ScheduleKind;
  interval: number;
  cron: string | null;
  weekDays: number[];
  monthDays: number[];
  lastDayOfMonth: boolean;
  timeZone: string;
  startAt: string;
  expiresAt: string | null;
  enabled: boolean;
  missedPolicy: MissedPolicy;
  /** Null when disabled or expired. */
  nextRunAt: string | null;
  lastRunAt: string | null;
  /** No occurrence is left after now: a one-time schedule that ran, or one past its expiry (Azure's "Expired"). */
  expired: boolean;
  runbookCount: number;
  createdAt: string;
  updatedAt: string;
  createdBy: string | null;
  updatedBy: string | null;
}

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
