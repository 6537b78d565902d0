import { routeOperations } from "@/lib/api/openapi/operation";
import { runbookBreakpointsSchema } from "@/lib/debug/debug-protocol";
import { runbookBreakpointsView } from "@/lib/debug/runbook-breakpoints-view";
import { runbookIdParamsSchema } from "@/lib/runbooks/schemas";

export const operations = routeOperations("/runbooks/{runbookId}/breakpoints", {
  GET: {
    tag: "Debugger",
    summary: "Read your breakpoints in a runbook",
    access: "runbook.test",
    params: runbookIdParamsSchema,
    response: { status: 200, description: "The caller's breakpoints (none until saved).", schema: runbookBreakpointsView },
  },
  PUT: {
    tag: "Debugger",
    summary: "Replace your breakpoints in a runbook",
    access: "runbook.test",
    params: runbookIdParamsSchema,
    body: runbookBreakpointsSchema,
    response: { status: 200, description: "The breakpoints as saved.", schema: runbookBreakpointsView },
  },
});
