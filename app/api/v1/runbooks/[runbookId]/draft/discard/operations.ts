import { routeOperations } from "@/lib/api/openapi/operation";
import { draftView } from "@/lib/runbooks/save-draft";
import { runbookIdParamsSchema } from "@/lib/runbooks/schemas";

export const operations = routeOperations("/runbooks/{runbookId}/draft/discard", {
  POST: {
    tag: "Runbooks",
    summary: "Discard the draft (back to the published script)",
    access: "runbook.write",
    params: runbookIdParamsSchema,
    response: { status: 200, description: "The draft, now the published script again.", schema: draftView },
    errors: [409],
  },
});
