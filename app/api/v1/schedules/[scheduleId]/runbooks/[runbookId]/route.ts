import { auditContextOf } from "@/lib/http/audit-context-of";
import { apiRoute } from "@/lib/http/api-route";
import { authorizeRunbook } from "@/lib/runbooks/authorize-runbook";
import { scheduleRunbookParamsSchema as params } from "@/lib/schedules/schemas";
import { unlinkRunbook } from "@/lib/schedules/unlink-runbook";

export const DELETE = apiRoute(
  "schedule.use",
  async ({ req, db, params, principal }) => {
    await authorizeRunbook(db, principal, params.runbookId, "schedule.use");
    await unlinkRunbook(db, params.scheduleId, params.runbookId, auditContextOf(principal, req.headers));
    return new Response(null, { status: 204 });
  },
  { params },
);
