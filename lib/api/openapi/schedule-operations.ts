import { pageQuerySchema } from "@/lib/paging/page-query";
import { runbookIdParamsSchema } from "@/lib/runbooks/schemas";
import {
  createScheduleSchema,
  linkRunbookSchema,
  previewScheduleSchema,
  scheduleIdParamsSchema,
  scheduleRunbookParamsSchema,
  updateScheduleSchema,
} from "@/lib/schedules/schemas";
import type { ApiOperation } from "./operation";
import { pageOf } from "./response-schemas";
import { occurrenceViewSchema, schedulePreviewSchema, scheduleRunbookListSchema, scheduleRunbookViewSchema, scheduleViewSchema } from "./schedule-view-schemas";

const tag = "Schedules";
const schedule = scheduleViewSchema;
const link = scheduleRunbookViewSchema;
const links = scheduleRunbookListSchema;

export const scheduleOperations: ApiOperation[] = [
  {
    method: "GET",
    path: "/schedules",
    tag,
    summary: "List schedules",
    description: "By name, with each schedule's next run and how many runbooks it starts.",
    access: "schedule.read",
    query: pageQuerySchema,
    response: { status: 200, description: "A page of schedules.", schema: pageOf(schedule) },
  },
  {
    method: "POST",
    path: "/schedules",
    tag,
    summary: "Create a schedule",
    description: "once | hourly | daily | weekly | monthly | cron, in an IANA time zone. nextRunAt is the first occurrence after now.",
    access: "schedule.write",
    body: createScheduleSchema,
    response: { status: 201, description: "The schedule.", schema: schedule },
    errors: [409],
  },
  {
    method: "POST",
    path: "/schedules/preview",
    tag,
    summary: "Preview a schedule's next occurrences",
    description: "The next 10 occurrences of a create body (the name may be blank), as UTC ISO strings. Nothing is saved.",
    access: "schedule.read",
    body: previewScheduleSchema,
    response: { status: 200, description: "The next occurrences.", schema: schedulePreviewSchema },
  },
  { method: "GET", path: "/schedules/{scheduleId}", tag, summary: "Get a schedule", access: "schedule.read", params: scheduleIdParamsSchema, response: { status: 200, description: "The schedule.", schema: schedule } },
  {
    method: "PATCH",
    path: "/schedules/{scheduleId}",
    tag,
    summary: "Change, enable or disable a schedule",
    description: "Any fields; the schedule as a whole must stay valid. A new kind clears the fields only the old kind used unless the body sets them. A change of timing or enabled recomputes nextRunAt from now.",
    access: "schedule.write",
    params: scheduleIdParamsSchema,
    body: updateScheduleSchema,
    response: { status: 200, description: "The schedule.", schema: schedule },
    errors: [409],
  },
  {
    method: "DELETE",
    path: "/schedules/{scheduleId}",
    tag,
    summary: "Delete a schedule",
    description: "Its links and occurrence history go with it; the jobs it started stay.",
    access: "schedule.write",
    params: scheduleIdParamsSchema,
    response: { status: 204, description: "Deleted." },
  },
  {
    method: "GET",
    path: "/schedules/{scheduleId}/runbooks",
    tag,
    summary: "List the runbooks a schedule starts",
    access: "schedule.read",
    params: scheduleIdParamsSchema,
    response: { status: 200, description: "`{items}`: the links with their parameters.", schema: links },
  },
  {
    method: "POST",
    path: "/schedules/{scheduleId}/runbooks",
    tag,
    summary: "Link a runbook to a schedule",
    description: "Parameters are checked against the runbook's published param() block as a job start checks them. Needs schedule.use and job.start on the runbook (tag-scoped grants count).",
    access: "schedule.use",
    params: scheduleIdParamsSchema,
    body: linkRunbookSchema,
    response: { status: 201, description: "The link.", schema: link },
    errors: [409],
  },
  {
    method: "DELETE",
    path: "/schedules/{scheduleId}/runbooks/{runbookId}",
    tag,
    summary: "Unlink a runbook from a schedule",
    access: "schedule.use",
    params: scheduleRunbookParamsSchema,
    response: { status: 204, description: "Unlinked." },
  },
  {
    method: "GET",
    path: "/schedules/{scheduleId}/occurrences",
    tag,
    summary: "A schedule's occurrence history",
    description: "Newest first: per linked runbook and occurrence, the decision (started | started_missed | skipped_missed | failed), missedCount, reason and jobId.",
    access: "schedule.read",
    params: scheduleIdParamsSchema,
    query: pageQuerySchema,
    response: { status: 200, description: "A page of occurrences.", schema: pageOf(occurrenceViewSchema) },
  },
  {
    method: "GET",
    path: "/runbooks/{runbookId}/schedules",
    tag,
    summary: "List the schedules that start a runbook",
    access: "schedule.read",
    params: runbookIdParamsSchema,
    response: { status: 200, description: "`{items}`: the links with their parameters.", schema: links },
  },
];
