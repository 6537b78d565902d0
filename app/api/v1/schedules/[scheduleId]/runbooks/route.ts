import { auditContextOf } from "@/lib/http/audit-context-of";
import { scopeTagsFor } from "@/lib/auth/scope-tags";
import { apiRoute, readJson } from "@/lib/http/api-route";
import { authorizeRunbook } from "@/lib/runbooks/authorize-runbook";
import { getSchedule } from "@/lib/schedules/get-schedule";
import { linkRunbook } from "@/lib/schedules/link-runbook";
import { listScheduleRunbooks } from "@/lib/schedules/list-schedule-runbooks";
import { linkRunbookSchema, scheduleIdParamsSchema as params } from "@/lib/schedules/schemas";

/** The runbooks linked to the schedule, with each link's parameters and run-on group. */
export const GET = apiRoute(
  "schedule.read",
  async ({ db, params, principal }) => {
    await getSchedule(db, params.scheduleId);
    return { items: await listScheduleRunbooks(db, { scheduleId: params.scheduleId, visibleTags: scopeTagsFor(principal, "runbook.read") }) };
  },
  { params },
);

/**
 * Links a runbook. Its jobs will start as the schedule, so the caller needs both schedule.use and
 * job.start on the runbook (tag-scoped grants count).
 */
export const POST = apiRoute(
  "schedule.use",
  async ({ req, db, params, principal }) => {
    const input = await readJson(req, linkRunbookSchema);
    await authorizeRunbook(db, principal, input.runbookId, "schedule.use");
    await authorizeRunbook(db, principal, input.runbookId, "job.start");
    return Response.json(await linkRunbook(db, params.scheduleId, input, auditContextOf(principal, req.headers)), { status: 201 });
  },
  { params },
);
