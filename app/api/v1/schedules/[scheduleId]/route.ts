import { auditContextOf } from "@/lib/http/audit-context-of";
import { apiRoute, readJson } from "@/lib/http/api-route";
import { deleteSchedule } from "@/lib/schedules/delete-schedule";
import { getSchedule } from "@/lib/schedules/get-schedule";
import { scheduleIdParamsSchema as params, updateScheduleSchema } from "@/lib/schedules/schemas";
import { updateSchedule } from "@/lib/schedules/update-schedule";

export const GET = apiRoute("schedule.read", async ({ db, params }) => getSchedule(db, params.scheduleId), { params });

export const PATCH = apiRoute(
  "schedule.write",
  async ({ req, db, params, principal }) => updateSchedule(db, params.scheduleId, await readJson(req, updateScheduleSchema), auditContextOf(principal, req.headers)),
  { params },
);

export const DELETE = apiRoute(
  "schedule.write",
  async ({ req, db, params, principal }) => {
    await deleteSchedule(db, params.scheduleId, auditContextOf(principal, req.headers));
    return new Response(null, { status: 204 });
  },
  { params },
);
