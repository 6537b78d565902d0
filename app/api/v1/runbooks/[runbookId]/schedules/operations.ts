import { routeOperations } from "@/lib/api/openapi/operation";
import { runbookIdParamsSchema } from "@/lib/runbooks/schemas";
import { scheduleRunbookListView } from "@/lib/schedules/schedule-runbook-view";

export const operations = routeOperations("/runbooks/{runbookId}/schedules", {
  GET: {
    tag: "Schedules",
    summary: "List the schedules that start a runbook",
    access: "schedule.read",
    params: runbookIdParamsSchema,
    response: { status: 200, description: "`{items}`: the links with their parameters.", schema: scheduleRunbookListView },
  },
});
