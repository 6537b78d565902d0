import { routeOperations } from "@/lib/api/openapi/operation";
import { moduleVersionParamsSchema } from "@/lib/worker-protocol/schemas";
import { protocolOperation } from "@/app/api/v1/worker-protocol/protocol-operation";

export const operations = routeOperations("/worker-protocol/modules/{versionId}/archive", {
  GET: protocolOperation({
    summary: "Download a module version's .zip",
    params: moduleVersionParamsSchema,
    response: { status: 200, description: "The archive as uploaded.", contentType: "application/zip", schema: { jsonSchema: { type: "string", contentMediaType: "application/zip" } } },
  }),
});
