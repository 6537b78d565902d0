import { apiRoute } from "@/lib/http/api-route";
import { authorizeRunbook } from "@/lib/runbooks/authorize-runbook";
import { runbookIdParamsSchema as params } from "@/lib/runbooks/schemas";
import { listScheduleRunbooks } from "@/lib/schedules/list-schedule-runbooks";

/** The schedules the runbook is linked to, with each link's parameters. */
export const GET = apiRoute(
  "schedule.read",
  async ({ db, params, principal }) => {
    await authorizeRunbook(db, principal, params.runbookId, "runbook.read");
    return { items: await listScheduleRunbooks(db, { runbookId: params.runbookId, visibleTags: null }) };
  },
  { params },
);
