import { startDebugSchema } from "@/lib/debug/start-debug-schema";
import { startDebugSession } from "@/lib/debug/start-debug-session";
import { apiRoute, readJson } from "@/lib/http/api-route";
import { sourceAddress } from "@/lib/http/source-address";
import { starterFromPrincipal } from "@/lib/jobs/job-starter";
import { authorizeRunbook } from "@/lib/runbooks/authorize-runbook";
import { runbookIdParamsSchema } from "@/lib/runbooks/schemas";

/** Debug the draft: a test job under PowerShell's debugger, watched and driven through /api/v1/jobs/{jobId}/debug by its starter alone. */
export const POST = apiRoute(
  "runbook.test",
  async ({ req, params, db, principal }) => {
    await authorizeRunbook(db, principal, params.runbookId, "runbook.test");
    const input = await readJson(req, startDebugSchema);
    return Response.json(await startDebugSession(db, params.runbookId, input, starterFromPrincipal(principal), sourceAddress(req.headers)), { status: 201 });
  },
  { params: runbookIdParamsSchema },
);
