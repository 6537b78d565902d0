import { z } from "zod";
import type { OccurrenceView } from "@/lib/schedules/list-occurrences";
import { occurrenceDecisions } from "@/lib/schedules/list-occurrences";
import type { SchedulePreview } from "@/lib/schedules/preview-schedule";
import type { ScheduleRunbookView } from "@/lib/schedules/schedule-runbook-view";
import type { ScheduleView } from "@/lib/schedules/schedule-view";
import { missedPolicies, scheduleKinds } from "@/lib/schedules/schemas";
import { viewSchema } from "./response-schemas";

export const scheduleViewSchema = viewSchema<ScheduleView>()(
  z.object({
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
    expired: z.boolean().describe("No occurrence is left after now: a one-time schedule that ran, or one past its expiry."),
    runbookCount: z.number().int().describe("How many runbooks the schedule starts."),
    createdAt: z.string(),
    updatedAt: z.string(),
    createdBy: z.string().nullable(),
    updatedBy: z.string().nullable(),
  }),
);

export const schedulePreviewSchema = viewSchema<SchedulePreview>()(z.object({ occurrences: z.array(z.string()).describe("ISO 8601 instants (UTC), at most 10.") }));

export const scheduleRunbookViewSchema = viewSchema<ScheduleRunbookView>()(
  z.object({
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
  }),
);

/** GET /schedules/{id}/runbooks and /runbooks/{id}/schedules: every link at once, not paged. */
export const scheduleRunbookListSchema = z.object({ items: z.array(scheduleRunbookViewSchema) });

export const occurrenceViewSchema = viewSchema<OccurrenceView>()(
  z.object({
    id: z.string(),
    occurrenceAt: z.string(),
    decision: z.enum(occurrenceDecisions),
    missedCount: z.number().int().describe("Earlier occurrences that passed unrun (downtime) and this decision covers."),
    reason: z.string().nullable(),
    decidedAt: z.string(),
    runbookId: z.string(),
    runbookName: z.string(),
    jobId: z.string().nullable(),
    jobStatus: z.string().nullable(),
  }),
);
