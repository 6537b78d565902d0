import { routeOperations } from "@/lib/api/openapi/operation";
import { pageOf } from "@/lib/api/openapi/response-schemas";
import { runbookDetailView, runbookSummaryView } from "@/lib/runbooks/runbook-views";
import { createRunbookSchema, listRunbooksQuerySchema } from "@/lib/runbooks/schemas";

export const operations = routeOperations("/runbooks", {
  GET: {
    tag: "Runbooks",
    summary: "List runbooks",
    description: "Filter by `search` (name, description or tag, ignoring case) and `tag`; sort by `name` (default), `-name`, `updatedAt` or `-updatedAt`.",
    access: "runbook.read",
    query: listRunbooksQuerySchema,
    response: { status: 200, description: "A page of runbooks the caller may read.", schema: pageOf(runbookSummaryView) },
  },
  POST: {
    tag: "Runbooks",
    summary: "Create a runbook",
    access: "runbook.write",
    body: createRunbookSchema,
    response: { status: 201, description: "The new runbook.", schema: runbookDetailView },
    errors: [403, 409],
  },
});
