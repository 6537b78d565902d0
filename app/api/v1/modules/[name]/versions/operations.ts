import { routeOperations } from "@/lib/api/openapi/operation";
import { pageOf } from "@/lib/api/openapi/response-schemas";
import { moduleVersionView } from "@/lib/modules/module-views";
import { moduleNameParamsSchema } from "@/lib/modules/schemas";
import { pageQuerySchema } from "@/lib/paging/page-query";

export const operations = routeOperations("/modules/{name}/versions", {
  GET: {
    tag: "Modules",
    summary: "List a module's versions",
    access: "module.read",
    params: moduleNameParamsSchema,
    query: pageQuerySchema,
    response: { status: 200, description: "A page of versions, newest first.", schema: pageOf(moduleVersionView) },
  },
});
