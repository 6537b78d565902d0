import { apiRoute, readJson } from "@/lib/http/api-route";
import { sourceAddress } from "@/lib/http/source-address";
import { deleteSchedule } from "@/lib/schedules/delete-schedule";
import { getSchedule } from "@/lib/schedules/get-schedule";
import { scheduleIdParamsSchema as params, updateScheduleSchema } from "@/lib/schedules/schemas";
import { updateSchedule } from "@/lib/schedules/update-schedule";

export const GET = apiRoute("schedule.read", async ({ db, params }) => getSchedule(db, params.scheduleId), { params });

export const PATCH = apiRoute(
  "schedule.write",
  async ({ req, db, params, principal }) => updateSchedule(db, principal, params.scheduleId, await readJson(req, updateScheduleSchema), sourceAddress(req.headers)),
  { params },
);

export const DELETE = apiRoute(
  "schedule.write",
  async ({ req, db, params, principal }) => {
    await deleteSchedule(db, principal, params.scheduleId, sourceAddress(req.headers));
    return new Response(null, { status: 204 });
  },
  { params },
);
