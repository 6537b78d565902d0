import { routeOperations } from "@/lib/api/openapi/operation";
import { runbookDetailView } from "@/lib/runbooks/runbook-views";
import { runbookIdParamsSchema, updateRunbookSchema } from "@/lib/runbooks/schemas";

export const operations = routeOperations("/runbooks/{runbookId}", {
  GET: { tag: "Runbooks", summary: "Get a runbook", access: "runbook.read", params: runbookIdParamsSchema, response: { status: 200, description: "The runbook.", schema: runbookDetailView } },
  PATCH: {
    tag: "Runbooks",
    summary: "Update a runbook's name, description, tags or settings",
    access: "runbook.write",
    params: runbookIdParamsSchema,
    body: updateRunbookSchema,
    response: { status: 200, description: "The updated runbook.", schema: runbookDetailView },
    errors: [409],
  },
  DELETE: {
    tag: "Runbooks",
    summary: "Delete a runbook with its versions and jobs",
    access: "runbook.write",
    params: runbookIdParamsSchema,
    response: { status: 204, description: "Deleted." },
    errors: [409],
  },
});
