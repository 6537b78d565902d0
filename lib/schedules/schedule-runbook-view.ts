import { z } from "zod";
import type { Prisma } from "@/generated/postgresql/client";
import { hasExpired, scheduleTimingOf, scheduleTimingSelect } from "./schedule-view";

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
      ...scheduleTimingSelect,
    },
  },
} satisfies Prisma.JobScheduleSelect;
type Row = Prisma.JobScheduleGetPayload<{ select: typeof scheduleRunbookSelect }>;

/** A runbook linked to a schedule, with the link's own parameters and run-on group. */
export const scheduleRunbookView = z.object({
  id: z.string(),
  scheduleId: z.string(),
  scheduleName: z.string(),
  scheduleEnabled: z.boolean(),
  scheduleExpired: z.boolean().describe("The schedule has no occurrence left."),
  nextRunAt: z.string().nullable().describe("The schedule's next run; null while it is disabled or expired."),
  runbookId: z.string(),
  runbookName: z.string(),
  parameters: z.record(z.string(), z.unknown()).describe("The parameters each job the link starts gets."),
  runOn: z.string().nullable().describe("Worker group; null runs on the runbook's default."),
  createdAt: z.string(),
});
export type ScheduleRunbookView = z.infer<typeof scheduleRunbookView>;

/** GET /schedules/{id}/runbooks and /runbooks/{id}/schedules: every link at once, not paged. */
export const scheduleRunbookListView = z.object({ items: z.array(scheduleRunbookView) });

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
