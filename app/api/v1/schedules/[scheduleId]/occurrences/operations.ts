import { routeOperations } from "@/lib/api/openapi/operation";
import { pageOf } from "@/lib/api/openapi/response-schemas";
import { pageQuerySchema } from "@/lib/paging/page-query";
import { occurrenceView } from "@/lib/schedules/list-occurrences";
import { scheduleIdParamsSchema } from "@/lib/schedules/schemas";

export const operations = routeOperations("/schedules/{scheduleId}/occurrences", {
  GET: {
    tag: "Schedules",
    summary: "A schedule's occurrence history",
    description: "Newest first: per linked runbook and occurrence, the decision (started | started_missed | skipped_missed | failed), missedCount, reason and jobId.",
    access: "schedule.read",
    params: scheduleIdParamsSchema,
    query: pageQuerySchema,
    response: { status: 200, description: "A page of occurrences.", schema: pageOf(occurrenceView) },
  },
});
