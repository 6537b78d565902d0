import { apiRoute, readJson } from "@/lib/http/api-route";
import { previewSchedule } from "@/lib/schedules/preview-schedule";
import { previewScheduleSchema } from "@/lib/schedules/schemas";

/** The next 10 occurrences of a schedule body as it would be created, before saving it. */
export const POST = apiRoute("schedule.read", async ({ req }) => previewSchedule(await readJson(req, previewScheduleSchema)));
