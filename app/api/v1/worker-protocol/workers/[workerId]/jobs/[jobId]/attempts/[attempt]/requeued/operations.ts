import { routeOperations } from "@/lib/api/openapi/operation";
import { requeueJobSchema } from "@/lib/worker-protocol/schemas";
import { heldJobOperation } from "../held-job-operation";

export const operations = routeOperations("/worker-protocol/workers/{workerId}/jobs/{jobId}/attempts/{attempt}/requeued", {
  POST: heldJobOperation({
    summary: "Put the attempt's job back in the queue",
    description: "A restartable job interrupted by the worker's shutdown, or one it will not start; the group's idle workers are woken.",
    body: requeueJobSchema,
    response: { status: 204, description: "Done." },
  }),
});
