import { routeOperations } from "@/lib/api/openapi/operation";
import { moduleDetailView } from "@/lib/modules/module-views";
import { moduleNameParamsSchema } from "@/lib/modules/schemas";

export const operations = routeOperations("/modules/{name}", {
  GET: { tag: "Modules", summary: "Get a module", access: "module.read", params: moduleNameParamsSchema, response: { status: 200, description: "The module.", schema: moduleDetailView } },
  DELETE: { tag: "Modules", summary: "Delete a module with all its versions", access: "module.write", params: moduleNameParamsSchema, response: { status: 204, description: "Deleted." } },
});
