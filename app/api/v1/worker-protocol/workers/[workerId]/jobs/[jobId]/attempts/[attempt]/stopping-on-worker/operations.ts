import { routeOperations } from "@/lib/api/openapi/operation";
import { stoppingView } from "@/lib/worker-protocol/views";
import { heldJobOperation } from "../held-job-operation";

export const operations = routeOperations("/worker-protocol/workers/{workerId}/jobs/{jobId}/attempts/{attempt}/stopping-on-worker", {
  POST: heldJobOperation({
    summary: "Whether a stop was asked for the attempt",
    response: { status: 200, description: "Whether the job is being stopped.", schema: stoppingView },
  }),
});
