import { routeOperations } from "@/lib/api/openapi/operation";
import { endDebugSessionSchema } from "@/lib/worker-protocol/schemas";
import { heldJobOperation } from "../held-job-operation";

export const operations = routeOperations("/worker-protocol/workers/{workerId}/jobs/{jobId}/attempts/{attempt}/debug-end", {
  POST: heldJobOperation({
    summary: "End the debug session",
    body: endDebugSessionSchema,
    response: { status: 204, description: "Done." },
  }),
});
