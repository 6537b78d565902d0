import type { Prisma } from "@/generated/postgresql/client";
import { hasExpired, scheduleTimingOf } from "./schedule-view";

export const scheduleRunbookSelect = {
  id: true,
  runbookId: true,
  parameters: true,
  runOn: true,
  createdAt: true,
  runbook: { select: { name: true } },
  schedule: {
    select: {
      id: true,
      name: true,
      enabled: true,
      nextRunAt: true,
      kind: true,
      interval: true,
      cron: true,
      weekDays: true,
      monthDays: true,
      lastDayOfMonth: true,
      timeZone: true,
      startAt: true,
      expiresAt: true,
    },
  },
} satisfies Prisma.JobScheduleSelect;
type Row = Prisma.JobScheduleGetPayload<{ select: typeof scheduleRunbookSelect }>;

/** A runbook linked to a schedule, with the link's own parameters and run-on group. */
export interface ScheduleRunbookView {
  id: string;
  scheduleId: string;
  scheduleName: string;
  scheduleEnabled: boolean;
  /** The schedule has no occurrence left (see ScheduleView.expired). */
  scheduleExpired: boolean;
  nextRunAt: string | null;
  runbookId: string;
  runbookName: string;
  parameters: Record<string, unknown>;
  runOn: string | null;
  createdAt: string;
}

export function toScheduleRunbookView(row: Row, now = new Date()): ScheduleRunbookView {
  const expired = hasExpired(scheduleTimingOf(row.schedule), now);
  const parameters = row.parameters && typeof row.parameters === "object" && !Array.isArray(row.parameters) ? (row.parameters as Record<string, unknown>) : {};
  return {
    id: row.id,
    scheduleId: row.schedule.id,
    scheduleName: row.schedule.name,
    scheduleEnabled: row.schedule.enabled,
    scheduleExpired: expired,
    nextRunAt: row.schedule.enabled && !expired ? (row.schedule.nextRunAt?.toISOString() ?? null) : null,
    runbookId: row.runbookId,
    runbookName: row.runbook.name,
    parameters,
    runOn: row.runOn,
    createdAt: row.createdAt.toISOString(),
  };
}
