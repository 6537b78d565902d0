import { routeOperations } from "@/lib/api/openapi/operation";
import { completeJobSchema } from "@/lib/worker-protocol/schemas";
import { heldJobOperation } from "../held-job-operation";

export const operations = routeOperations("/worker-protocol/workers/{workerId}/jobs/{jobId}/attempts/{attempt}/completed", {
  POST: heldJobOperation({
    summary: "The attempt completed",
    body: completeJobSchema,
    response: { status: 204, description: "Done." },
  }),
});
