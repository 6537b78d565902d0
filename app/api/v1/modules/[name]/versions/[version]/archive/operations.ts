import { routeOperations } from "@/lib/api/openapi/operation";
import { moduleVersionParamsSchema } from "@/lib/modules/schemas";

export const operations = routeOperations("/modules/{name}/versions/{version}/archive", {
  GET: {
    tag: "Modules",
    summary: "Download a version's .zip as uploaded",
    description: "The `x-content-sha256` header carries the archive's SHA-256.",
    access: "module.read",
    params: moduleVersionParamsSchema,
    response: { status: 200, description: "The archive.", contentType: "application/zip", schema: { jsonSchema: { type: "string", contentMediaType: "application/zip" } } },
  },
});
