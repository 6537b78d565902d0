import { routeOperations } from "@/lib/api/openapi/operation";
import { versionContentView } from "@/lib/runbooks/get-version-content";
import { runbookVersionParamsSchema } from "@/lib/runbooks/schemas";

export const operations = routeOperations("/runbooks/{runbookId}/versions/{versionId}", {
  GET: {
    tag: "Runbooks",
    summary: "Get one version's script",
    access: "runbook.read",
    params: runbookVersionParamsSchema,
    response: { status: 200, description: "The version's script.", schema: versionContentView },
  },
});
