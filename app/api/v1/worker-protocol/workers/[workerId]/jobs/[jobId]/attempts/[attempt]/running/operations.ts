import { routeOperations } from "@/lib/api/openapi/operation";
import { heldJobOperation } from "../held-job-operation";

export const operations = routeOperations("/worker-protocol/workers/{workerId}/jobs/{jobId}/attempts/{attempt}/running", {
  POST: heldJobOperation({
    summary: "The attempt's PowerShell started",
    response: { status: 204, description: "Done." },
  }),
});
