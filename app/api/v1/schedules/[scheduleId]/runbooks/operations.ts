import { routeOperations } from "@/lib/api/openapi/operation";
import { scheduleRunbookListView, scheduleRunbookView } from "@/lib/schedules/schedule-runbook-view";
import { linkRunbookSchema, scheduleIdParamsSchema } from "@/lib/schedules/schemas";

export const operations = routeOperations("/schedules/{scheduleId}/runbooks", {
  GET: {
    tag: "Schedules",
    summary: "List the runbooks a schedule starts",
    access: "schedule.read",
    params: scheduleIdParamsSchema,
    response: { status: 200, description: "`{items}`: the links with their parameters.", schema: scheduleRunbookListView },
  },
  POST: {
    tag: "Schedules",
    summary: "Link a runbook to a schedule",
    description: "Parameters are checked against the runbook's published param() block as a job start checks them. Needs schedule.use and job.start on the runbook (tag-scoped grants count).",
    access: "schedule.use",
    params: scheduleIdParamsSchema,
    body: linkRunbookSchema,
    response: { status: 201, description: "The link.", schema: scheduleRunbookView },
    errors: [409],
  },
});
