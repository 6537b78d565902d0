import { debugCommandSchema } from "@/lib/debug/debug-protocol";
import { postDebugCommand } from "@/lib/debug/post-debug-command";
import { apiRoute, readJson } from "@/lib/http/api-route";
import { jobIdParamsSchema as params } from "@/lib/jobs/job-id-params";

/** A command for the session's debugger; its answer, if any, arrives as an event on /debug/events. */
export const POST = apiRoute(
  "runbook.test",
  async ({ req, params, db, principal }) => {
    const command = await readJson(req, debugCommandSchema);
    await postDebugCommand(db, principal, params.jobId, command);
    return Response.json({ accepted: true }, { status: 202 });
  },
  { params },
);
