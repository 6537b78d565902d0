import { routeOperations } from "@/lib/api/openapi/operation";
import { heldJobOperation } from "../held-job-operation";

export const operations = routeOperations("/worker-protocol/workers/{workerId}/jobs/{jobId}/attempts/{attempt}/stopped", {
  POST: heldJobOperation({
    summary: "The attempt ended as stopped (or suspended)",
    response: { status: 204, description: "Done." },
  }),
});
