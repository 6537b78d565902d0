import { routeOperations } from "@/lib/api/openapi/operation";
import { pageOf } from "@/lib/api/openapi/response-schemas";
import { pageQuerySchema } from "@/lib/paging/page-query";
import { scheduleView } from "@/lib/schedules/schedule-view";
import { createScheduleSchema } from "@/lib/schedules/schemas";

export const operations = routeOperations("/schedules", {
  GET: {
    tag: "Schedules",
    summary: "List schedules",
    description: "By name, with each schedule's next run and how many runbooks it starts.",
    access: "schedule.read",
    query: pageQuerySchema,
    response: { status: 200, description: "A page of schedules.", schema: pageOf(scheduleView) },
  },
  POST: {
    tag: "Schedules",
    summary: "Create a schedule",
    description: "once | hourly | daily | weekly | monthly | cron, in an IANA time zone. nextRunAt is the first occurrence after now.",
    access: "schedule.write",
    body: createScheduleSchema,
    response: { status: 201, description: "The schedule.", schema: scheduleView },
    errors: [409],
  },
});
