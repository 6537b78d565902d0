import { routeOperations } from "@/lib/api/openapi/operation";
import { moduleDetailView } from "@/lib/modules/module-views";
import { moduleVersionParamsSchema } from "@/lib/modules/schemas";

export const operations = routeOperations("/modules/{name}/versions/{version}/activate", {
  POST: {
    tag: "Modules",
    summary: "Make a version the active one",
    access: "module.write",
    params: moduleVersionParamsSchema,
    response: { status: 200, description: "The module.", schema: moduleDetailView },
  },
});
