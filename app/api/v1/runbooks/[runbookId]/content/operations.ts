import { routeOperations } from "@/lib/api/openapi/operation";
import { runbookContentView } from "@/lib/runbooks/get-runbook-content";
import { contentQuerySchema, runbookIdParamsSchema } from "@/lib/runbooks/schemas";

export const operations = routeOperations("/runbooks/{runbookId}/content", {
  GET: {
    tag: "Runbooks",
    summary: "Get the draft or published script",
    access: "runbook.read",
    params: runbookIdParamsSchema,
    query: contentQuerySchema,
    response: { status: 200, description: "The script.", schema: runbookContentView },
  },
});
