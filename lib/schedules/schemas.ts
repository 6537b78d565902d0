import { Cron } from "croner";
import { z } from "zod";
import { startJobSchema } from "@/lib/jobs/start-job-schema";
import { isValidTimeZone } from "./zoned-time";

export const scheduleKinds = ["once", "hourly", "daily", "weekly", "monthly", "cron"] as const;
export type ScheduleKind = (typeof scheduleKinds)[number];

/** After downtime: "run_once" starts one job for the latest missed occurrence, "skip" starts none. */
export const missedPolicies = ["run_once", "skip"] as const;
export type MissedPolicy = (typeof missedPolicies)[number];

/** Five fields (minute precision) or six (with seconds first), as croner reads them. */
export const cronMode = "5-or-6-parts";

/** Sunday = 0 … Saturday = 6, as in cron and JavaScript. */
export const weekDayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;

const instantSchema = z.iso
  .datetime({ offset: true, error: "must be an ISO 8601 date-time with a UTC offset, e.g. 2026-03-01T09:00:00Z" })
  .transform((s) => new Date(s));

const uniqueSorted = (values: number[]) => [...new Set(values)].sort((a, b) => a - b);

/** The fields of a schedule, without defaults, so a partial update leaves absent fields alone. */
const scheduleFields = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, "is required")
      .max(128, "must be at most 128 characters")
      .regex(/^[^\u0000-\u001f\u007f]+$/, "must not contain control characters"),
    description: z.string().trim().max(512, "must be at most 512 characters"),
    kind: z.enum(scheduleKinds, { error: `must be one of: ${scheduleKinds.join(", ")}` }),
    interval: z.number({ error: "must be a number" }).int("must be a whole number").min(1, "must be at least 1").max(1000, "must be at most 1000"),
    cron: z.string().trim().max(200, "must be at most 200 characters").nullable(),
    weekDays: z.array(z.number().int().min(0, "days are 0 (Sunday) to 6 (Saturday)").max(6, "days are 0 (Sunday) to 6 (Saturday)")).max(7).transform(uniqueSorted),
    monthDays: z.array(z.number().int().min(1, "days are 1 to 31").max(31, "days are 1 to 31")).max(31).transform(uniqueSorted),
    lastDayOfMonth: z.boolean(),
    timeZone: z.string().trim().min(1, "is required").refine(isValidTimeZone, "must be an IANA time zone such as Europe/Berlin or UTC"),
    startAt: instantSchema,
    expiresAt: instantSchema.nullable(),
    enabled: z.boolean(),
    missedPolicy: z.enum(missedPolicies, { error: `must be one of: ${missedPolicies.join(", ")}` }),
  })
  .strict();

/** What a complete schedule must satisfy across fields; each problem names its field. */
function checkScheduleRules(s: Omit<z.infer<typeof scheduleFields>, "name">, ctx: z.RefinementCtx): void {
  const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
  if (s.kind === "cron") {
    if (!s.cron) issue("cron", "is required for a cron schedule");
    else {
      try {
        new Cron(s.cron, { mode: cronMode, paused: true });
      } catch (err) {
        issue("cron", `is not a valid cron expression (${err instanceof Error ? err.message : String(err)})`);
      }
    }
  } else if (s.cron) issue("cron", "applies only to cron schedules");
  if ((s.kind === "once" || s.kind === "cron") && s.interval !== 1) issue("interval", `does not apply to ${s.kind} schedules (leave it at 1)`);
  if (s.kind === "weekly" && s.weekDays.length === 0) issue("weekDays", "must name at least one day for a weekly schedule");
  if (s.kind !== "weekly" && s.weekDays.length > 0) issue("weekDays", "apply only to weekly schedules");
  if (s.kind === "monthly" && s.monthDays.length === 0 && !s.lastDayOfMonth) issue("monthDays", "must name at least one day, or choose the last day of the month");
  if (s.kind !== "monthly" && (s.monthDays.length > 0 || s.lastDayOfMonth)) issue("monthDays", "apply only to monthly schedules");
  if (s.expiresAt && s.expiresAt.getTime() <= s.startAt.getTime()) issue("expiresAt", "must be after the start");
}

const createFields = scheduleFields.extend({
  description: scheduleFields.shape.description.default(""),
  interval: scheduleFields.shape.interval.default(1),
  cron: scheduleFields.shape.cron.default(null),
  weekDays: scheduleFields.shape.weekDays.default([]),
  monthDays: scheduleFields.shape.monthDays.default([]),
  lastDayOfMonth: scheduleFields.shape.lastDayOfMonth.default(false),
  timeZone: scheduleFields.shape.timeZone.default("UTC"),
  expiresAt: scheduleFields.shape.expiresAt.default(null),
  enabled: scheduleFields.shape.enabled.default(true),
  missedPolicy: scheduleFields.shape.missedPolicy.default("run_once"),
});

/** Body of POST /api/v1/schedules, shared by the route and the portal's schedule form. */
export const createScheduleSchema = createFields.superRefine(checkScheduleRules);
export type CreateScheduleInput = z.infer<typeof createScheduleSchema>;
export type CreateScheduleRequest = z.input<typeof createScheduleSchema>;

/** Body of POST /api/v1/schedules/preview: a create body whose name may still be blank. */
export const previewScheduleSchema = createFields.extend({ name: z.string().optional() }).superRefine(checkScheduleRules);
export type PreviewScheduleInput = z.infer<typeof previewScheduleSchema>;

/** Body of PATCH /api/v1/schedules/{id}: any fields; the merged schedule must pass createScheduleSchema. */
export const updateScheduleSchema = scheduleFields.partial().strict();
export type UpdateScheduleInput = z.infer<typeof updateScheduleSchema>;

/** Body of POST /api/v1/schedules/{id}/runbooks: the link's own job parameters and run-on group. */
export const linkRunbookSchema = startJobSchema.extend({ runbookId: z.uuid({ error: "must be a runbook id" }) }).strict();
export type LinkRunbookInput = z.infer<typeof linkRunbookSchema>;

export const scheduleIdParamsSchema = z.object({ scheduleId: z.uuid({ error: "must be a schedule id" }) });
export const scheduleRunbookParamsSchema = scheduleIdParamsSchema.extend({ runbookId: z.uuid({ error: "must be a runbook id" }) });
