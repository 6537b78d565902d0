import { routeOperations } from "@/lib/api/openapi/operation";
import { moduleVersionDeletionView } from "@/lib/modules/delete-module-version";
import { moduleVersionParamsSchema } from "@/lib/modules/schemas";

export const operations = routeOperations("/modules/{name}/versions/{version}", {
  DELETE: {
    tag: "Modules",
    summary: "Delete a module version",
    description: "409 for the active version while others exist; deleting the last version deletes the module.",
    access: "module.write",
    params: moduleVersionParamsSchema,
    response: { status: 200, description: "Whether the module went with it.", schema: moduleVersionDeletionView },
    errors: [409],
  },
});
