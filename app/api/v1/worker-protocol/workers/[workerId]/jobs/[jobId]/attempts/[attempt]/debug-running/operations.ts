import { routeOperations } from "@/lib/api/openapi/operation";
import { heldJobOperation } from "../held-job-operation";

export const operations = routeOperations("/worker-protocol/workers/{workerId}/jobs/{jobId}/attempts/{attempt}/debug-running", {
  POST: heldJobOperation({
    summary: "The debug session's job runs under the debugger",
    response: { status: 204, description: "Done." },
  }),
});
