import type { Prisma } from "@/generated/postgresql/client";

export const scheduleRunbookSelect = {
  id: true,
  runbookId: true,
  parameters: true,
  runOn: true,
  createdAt: true,
  runbook: { select: { name: true } },
  schedule: { select: { id: true, name: true, enabled: true, nextRunAt: true } },
} satisfies Prisma.JobScheduleSelect;
type Row = Prisma.JobScheduleGetPayload<{ select: typeof scheduleRunbookSelect }>;

/** A runbook linked to a schedule, with the link's own parameters and run-on group. */
export interface ScheduleRunbookView {
  id: string;
  scheduleId: string;
  scheduleName: string;
  scheduleEnabled: boolean;
  nextRunAt: string | null;
  runbookId: string;
  runbookName: string;
  parameters: Record<string, unknown>;
  runOn: string | null;
  createdAt: string;
}

export function toScheduleRunbookView(row: Row): ScheduleRunbookView {
  const parameters = row.parameters && typeof row.parameters === "object" && !Array.isArray(row.parameters) ? (row.parameters as Record<string, unknown>) : {};
  return {
    id: row.id,
    scheduleId: row.schedule.id,
    scheduleName: row.schedule.name,
    scheduleEnabled: row.schedule.enabled,
    nextRunAt: row.schedule.enabled ? (row.schedule.nextRunAt?.toISOString() ?? null) : null,
    runbookId: row.runbookId,
    runbookName: row.runbook.name,
    parameters,
    runOn: row.runOn,
    createdAt: row.createdAt.toISOString(),
  };
}
