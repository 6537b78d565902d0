import { routeOperations } from "@/lib/api/openapi/operation";
import { workerIdParamsSchema } from "@/lib/workers/worker-group-schemas";
import { workerView } from "@/lib/workers/worker-view";

export const operations = routeOperations("/workers/{workerId}", {
  GET: { tag: "Workers", summary: "Get a worker", access: "worker.read", params: workerIdParamsSchema, response: { status: 200, description: "The worker.", schema: workerView } },
});
