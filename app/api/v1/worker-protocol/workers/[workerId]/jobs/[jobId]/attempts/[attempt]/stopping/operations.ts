import { routeOperations } from "@/lib/api/openapi/operation";
import { markJobStoppingSchema } from "@/lib/worker-protocol/schemas";
import { heldJobOperation } from "../held-job-operation";

export const operations = routeOperations("/worker-protocol/workers/{workerId}/jobs/{jobId}/attempts/{attempt}/stopping", {
  POST: heldJobOperation({
    summary: "The worker stops the attempt",
    body: markJobStoppingSchema,
    response: { status: 204, description: "Done." },
  }),
});
