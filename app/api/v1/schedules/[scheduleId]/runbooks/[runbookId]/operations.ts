import { routeOperations } from "@/lib/api/openapi/operation";
import { scheduleRunbookParamsSchema } from "@/lib/schedules/schemas";

export const operations = routeOperations("/schedules/{scheduleId}/runbooks/{runbookId}", {
  DELETE: {
    tag: "Schedules",
    summary: "Unlink a runbook from a schedule",
    access: "schedule.use",
    params: scheduleRunbookParamsSchema,
    response: { status: 204, description: "Unlinked." },
  },
});
