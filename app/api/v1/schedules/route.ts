import { auditContextOf } from "@/lib/http/audit-context-of";
import { apiRoute, readJson, readQuery } from "@/lib/http/api-route";
import { createSchedule } from "@/lib/schedules/create-schedule";
import { listSchedules } from "@/lib/schedules/list-schedules";
import { pageQuerySchema } from "@/lib/paging/page-query";
import { createScheduleSchema } from "@/lib/schedules/schemas";

export const GET = apiRoute("schedule.read", async ({ req, db }) => listSchedules(db, readQuery(req, pageQuerySchema)));

export const POST = apiRoute("schedule.write", async ({ req, db, principal }) => {
  const input = await readJson(req, createScheduleSchema);
  return Response.json(await createSchedule(db, input, auditContextOf(principal, req.headers)), { status: 201 });
});
