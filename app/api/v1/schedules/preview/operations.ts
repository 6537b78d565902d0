import { routeOperations } from "@/lib/api/openapi/operation";
import { schedulePreviewView } from "@/lib/schedules/preview-schedule";
import { previewScheduleSchema } from "@/lib/schedules/schemas";

export const operations = routeOperations("/schedules/preview", {
  POST: {
    tag: "Schedules",
    summary: "Preview a schedule's next occurrences",
    description: "The next 10 occurrences of a create body (the name may be blank), as UTC ISO strings. Nothing is saved.",
    access: "schedule.read",
    body: previewScheduleSchema,
    response: { status: 200, description: "The next occurrences.", schema: schedulePreviewView },
  },
});
