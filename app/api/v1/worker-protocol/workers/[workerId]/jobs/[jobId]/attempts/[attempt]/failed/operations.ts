import { routeOperations } from "@/lib/api/openapi/operation";
import { failJobSchema } from "@/lib/worker-protocol/schemas";
import { heldJobOperation } from "../held-job-operation";

export const operations = routeOperations("/worker-protocol/workers/{workerId}/jobs/{jobId}/attempts/{attempt}/failed", {
  POST: heldJobOperation({
    summary: "The attempt failed",
    body: failJobSchema,
    response: { status: 204, description: "Done." },
  }),
});
