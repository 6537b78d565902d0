import { routeOperations } from "@/lib/api/openapi/operation";
import { scheduleView } from "@/lib/schedules/schedule-view";
import { scheduleIdParamsSchema, updateScheduleSchema } from "@/lib/schedules/schemas";

export const operations = routeOperations("/schedules/{scheduleId}", {
  GET: { tag: "Schedules", summary: "Get a schedule", access: "schedule.read", params: scheduleIdParamsSchema, response: { status: 200, description: "The schedule.", schema: scheduleView } },
  PATCH: {
    tag: "Schedules",
    summary: "Change, enable or disable a schedule",
    description: "Any fields; the schedule as a whole must stay valid. A new kind clears the fields only the old kind used unless the body sets them. A change of timing or enabled recomputes nextRunAt from now.",
    access: "schedule.write",
    params: scheduleIdParamsSchema,
    body: updateScheduleSchema,
    response: { status: 200, description: "The schedule.", schema: scheduleView },
    errors: [409],
  },
  DELETE: {
    tag: "Schedules",
    summary: "Delete a schedule",
    description: "Its links and occurrence history go with it; the jobs it started stay.",
    access: "schedule.write",
    params: scheduleIdParamsSchema,
    response: { status: 204, description: "Deleted." },
  },
});
