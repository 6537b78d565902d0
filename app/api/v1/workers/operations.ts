import { routeOperations } from "@/lib/api/openapi/operation";
import { pageOf } from "@/lib/api/openapi/response-schemas";
import { pageQuerySchema } from "@/lib/paging/page-query";
import { workerView } from "@/lib/workers/worker-view";

export const operations = routeOperations("/workers", {
  GET: {
    tag: "Workers",
    summary: "List workers",
    description: "By group, then name.",
    access: "worker.read",
    query: pageQuerySchema,
    response: { status: 200, description: "A page of workers.", schema: pageOf(workerView) },
  },
});
