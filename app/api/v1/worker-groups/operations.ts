import { routeOperations } from "@/lib/api/openapi/operation";
import { pageOf } from "@/lib/api/openapi/response-schemas";
import { pageQuerySchema } from "@/lib/paging/page-query";
import { createWorkerGroupSchema } from "@/lib/workers/worker-group-schemas";
import { workerGroupView } from "@/lib/workers/worker-group-view";

export const operations = routeOperations("/worker-groups", {
  GET: {
    tag: "Workers",
    summary: "List worker groups",
    description: "By name, with how many workers each has and how many are online.",
    access: "worker.read",
    query: pageQuerySchema,
    response: { status: 200, description: "A page of worker groups.", schema: pageOf(workerGroupView) },
  },
  POST: {
    tag: "Workers",
    summary: "Create a worker group",
    description: "Ahead of its workers, so runbooks and jobs can target it; workers also create their group when they first register.",
    access: "worker.write",
    body: createWorkerGroupSchema,
    response: { status: 201, description: "The group.", schema: workerGroupView },
    errors: [409],
  },
});
