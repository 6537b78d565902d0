import { routeOperations } from "@/lib/api/openapi/operation";
import { pageOf } from "@/lib/api/openapi/response-schemas";
import { runbookVersionView } from "@/lib/runbooks/runbook-views";
import { runbookIdParamsSchema } from "@/lib/runbooks/schemas";

export const operations = routeOperations("/runbooks/{runbookId}/versions", {
  GET: {
    tag: "Runbooks",
    summary: "List the draft and published versions",
    access: "runbook.read",
    params: runbookIdParamsSchema,
    response: { status: 200, description: "The draft first, then published versions newest first.", schema: pageOf(runbookVersionView) },
  },
});
