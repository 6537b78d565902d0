import { runbookBreakpointsSchema } from "@/lib/debug/debug-protocol";
import { debuggerUserId } from "@/lib/debug/debugger-user-id";
import { getRunbookBreakpoints } from "@/lib/debug/get-runbook-breakpoints";
import { saveRunbookBreakpoints } from "@/lib/debug/save-runbook-breakpoints";
import { apiRoute, readJson } from "@/lib/http/api-route";
import { authorizeRunbook } from "@/lib/runbooks/authorize-runbook";
import { runbookIdParamsSchema as params } from "@/lib/runbooks/schemas";

/** The caller's own breakpoints in the runbook, kept between debug sessions. */
export const GET = apiRoute(
  "runbook.test",
  async ({ params, db, principal }) => {
    await authorizeRunbook(db, principal, params.runbookId, "runbook.test");
    return Response.json(await getRunbookBreakpoints(db, params.runbookId, debuggerUserId(principal)));
  },
  { params },
);

export const PUT = apiRoute(
  "runbook.test",
  async ({ req, params, db, principal }) => {
    await authorizeRunbook(db, principal, params.runbookId, "runbook.test");
    const input = await readJson(req, runbookBreakpointsSchema);
    return Response.json(await saveRunbookBreakpoints(db, params.runbookId, debuggerUserId(principal), input));
  },
  { params },
);
