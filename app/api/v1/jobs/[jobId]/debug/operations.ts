import { routeOperations } from "@/lib/api/openapi/operation";
import { debugSessionView } from "@/lib/debug/get-debug-session";
import { jobIdParamsSchema } from "@/lib/jobs/job-id-params";

export const operations = routeOperations("/jobs/{jobId}/debug", {
  GET: {
    tag: "Debugger",
    summary: "Read a debug session",
    description: "Only the user who started the session may read it; to anyone else it does not exist (404).",
    access: "runbook.test",
    params: jobIdParamsSchema,
    response: { status: 200, description: "The session.", schema: debugSessionView },
  },
});
