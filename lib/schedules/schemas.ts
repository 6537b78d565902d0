import { z } from "zod";
import { startJobSchema } from "@/lib/jobs/start-job-schema";
import { nameSchema } from "@/lib/names/name-schema";
import { cronProblem } from "./cron-problem";
import { isValidTimeZone } from "./zoned-time";

export const scheduleKinds = ["once", "hourly", "daily", "weekly", "monthly", "cron"] as const;
export type ScheduleKind = (typeof scheduleKinds)[number];

/** After downtime: "run_once" starts one job for the latest missed occurrence, "skip" starts none. */
export const missedPolicies = ["run_once", "skip"] as const;
export type MissedPolicy = (typeof missedPolicies)[number];

/** Sunday = 0 … Saturday = 6, as in cron and JavaScript. */
export const weekDayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;

const instantSchema = z.iso
  .datetime({ offset: true, error: "must be an ISO 8601 date-time with a UTC offset, e.g. 2026-03-01T09:00:00Z" })
  .transform((s) => new Date(s));

const uniqueSorted = (values: number[]) => [...new Set(values)].sort((a, b) => a - b);

/** The fields of a schedule, without defaults, so a partial update leaves absent fields alone. */
const scheduleFields = z
  .object({
    name: nameSchema(128),
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
    const problem = s.cron ? cronProblem(s.cron) : "is required for a cron schedule";
    if (problem) issue("cron", problem);
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

/** The timing fields a schedule had before an edit, so a past start or expiry it already had does not block the edit. */
export interface ScheduleBeforeEdit {
  kind: ScheduleKind;
  startAt: Date;
  expiresAt: Date | null;
}

const sameInstant = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);

/**
 * A schedule that could never run after now is refused, as Azure Automation refuses it: a one-time
 * schedule whose time has passed, or an expiry that has passed. An edit that keeps the start or
 * expiry a schedule already had (renaming a one-time schedule that ran) is not blocked by it.
 */
function checkRunsAhead(s: Pick<CreateScheduleInput, "kind" | "startAt" | "expiresAt">, ctx: z.RefinementCtx, now: Date, before?: ScheduleBeforeEdit): void {
  if (s.kind === "once" && s.startAt.getTime() <= now.getTime() && !(before?.kind === "once" && sameInstant(before.startAt, s.startAt))) {
    ctx.addIssue({ code: "custom", path: ["startAt"], message: "must be in the future: a one-time schedule set in the past would never run" });
  }
  if (s.expiresAt && s.expiresAt.getTime() <= now.getTime() && !(before && sameInstant(before.expiresAt, s.expiresAt))) {
    ctx.addIssue({ code: "custom", path: ["expiresAt"], message: "must be in the future: a schedule that has expired never runs" });
  }
}

/**
 * A whole schedule, as a create sends it and as an edit must leave it. `now` is read when a value is
 * parsed (a test passes its own clock); `before` is the schedule being edited.
 */
export function scheduleSchema(options: { now?: () => Date; before?: ScheduleBeforeEdit } = {}) {
  const now = options.now ?? (() => new Date());
  return createFields.superRefine((s, ctx) => {
    checkScheduleRules(s, ctx);
    checkRunsAhead(s, ctx, now(), options.before);
  });
}

/** Body of POST /api/v1/schedules, shared by the route and the portal's schedule form. */
export const createScheduleSchema = scheduleSchema();
export type CreateScheduleInput = z.infer<typeof createFields>;
export type CreateScheduleRequest = z.input<typeof createFields>;

/** Body of POST /api/v1/schedules/preview: a create body whose name may still be blank. */
export const previewScheduleSchema = createFields.extend({ name: z.string().optional() }).superRefine(checkScheduleRules);
export type PreviewScheduleInput = z.infer<typeof previewScheduleSchema>;

/** Body of PATCH /api/v1/schedules/{id}: any fields; the merged schedule must pass scheduleSchema. */
export const updateScheduleSchema = scheduleFields.partial().strict();
export type UpdateScheduleInput = z.infer<typeof updateScheduleSchema>;

/** Body of POST /api/v1/schedules/{id}/runbooks: the link's own job parameters and run-on group. */
export const linkRunbookSchema = startJobSchema.extend({ runbookId: z.uuid({ error: "must be a runbook id" }) }).strict();
export type LinkRunbookInput = z.infer<typeof linkRunbookSchema>;

export const scheduleIdParamsSchema = z.object({ scheduleId: z.uuid({ error: "must be a schedule id" }) });
export const scheduleRunbookParamsSchema = scheduleIdParamsSchema.extend({ runbookId: z.uuid({ error: "must be a runbook id" }) });
