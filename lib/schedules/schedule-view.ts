import type { Prisma } from "@/generated/postgresql/client";
import type { ScheduleTiming } from "./occurrences";
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
  nextRunAt: string | null;
  lastRunAt: string | null;
  runbookCount: number;
  createdAt: string;
  updatedAt: string;
  createdBy: string | null;
  updatedBy: string | null;
}

const numbers = (value: Prisma.JsonValue | null): number[] => (Array.isArray(value) ? value.filter((v): v is number => typeof v === "number") : []);

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

export function toScheduleView(row: ScheduleRow): ScheduleView {
  const timing = scheduleTimingOf(row);
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    ...timing,
    startAt: row.startAt.toISOString(),
    expiresAt: row.expiresAt?.toISOString() ?? null,
    enabled: row.enabled,
    missedPolicy: row.missedPolicy as MissedPolicy,
    nextRunAt: row.nextRunAt?.toISOString() ?? null,
    lastRunAt: row.lastRunAt?.toISOString() ?? null,
    runbookCount: row._count.jobSchedules,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    createdBy: row.createdBy,
    updatedBy: row.updatedBy,
  };
}
