import { routeOperations } from "@/lib/api/openapi/operation";
import { startDebugSchema } from "@/lib/debug/start-debug-schema";
import { startedDebugSessionView } from "@/lib/debug/start-debug-session";
import { runbookIdParamsSchema } from "@/lib/runbooks/schemas";

export const operations = routeOperations("/runbooks/{runbookId}/draft/debug", {
  POST: {
    tag: "Debugger",
    summary: "Debug the draft",
    description: "Runs a snapshot of the draft as a test job under PowerShell's debugger with the given breakpoints. Only the caller may then read the session (`/jobs/{jobId}/debug`), follow its events and send it commands.",
    access: "runbook.test",
    params: runbookIdParamsSchema,
    body: startDebugSchema,
    response: { status: 201, description: "The debug session's job.", schema: startedDebugSessionView },
    errors: [409],
  },
});
