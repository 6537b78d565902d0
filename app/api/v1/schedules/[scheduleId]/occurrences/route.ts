import { apiRoute, readQuery } from "@/lib/http/api-route";
import { getSchedule } from "@/lib/schedules/get-schedule";
import { listOccurrences } from "@/lib/schedules/list-occurrences";
import { pageQuerySchema } from "@/lib/paging/page-query";
import { scheduleIdParamsSchema as params } from "@/lib/schedules/schemas";

/** What the scheduler decided at each occurrence, newest first, with the job it started. */
export const GET = apiRoute(
  "schedule.read",
  async ({ req, db, params }) => {
    const query = readQuery(req, pageQuerySchema);
    await getSchedule(db, params.scheduleId);
    return listOccurrences(db, params.scheduleId, query);
  },
  { params },
);
