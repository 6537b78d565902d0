import { routeOperations } from "@/lib/api/openapi/operation";
import { runbookDetailView } from "@/lib/runbooks/runbook-views";
import { runbookIdParamsSchema } from "@/lib/runbooks/schemas";

export const operations = routeOperations("/runbooks/{runbookId}/publish", {
  POST: {
    tag: "Runbooks",
    summary: "Publish the draft",
    description: "Refused with 422 when the draft does not parse.",
    access: "runbook.write",
    params: runbookIdParamsSchema,
    response: { status: 200, description: "The runbook.", schema: runbookDetailView },
    errors: [409],
  },
});
