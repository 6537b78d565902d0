import { routeOperations } from "@/lib/api/openapi/operation";
import { draftView } from "@/lib/runbooks/save-draft";
import { runbookVersionParamsSchema } from "@/lib/runbooks/schemas";

export const operations = routeOperations("/runbooks/{runbookId}/versions/{versionId}/restore", {
  POST: {
    tag: "Runbooks",
    summary: "Make a published version the draft again",
    access: "runbook.write",
    params: runbookVersionParamsSchema,
    response: { status: 200, description: "The new draft.", schema: draftView },
  },
});
