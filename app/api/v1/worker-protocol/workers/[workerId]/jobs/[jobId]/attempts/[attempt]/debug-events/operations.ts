import { routeOperations } from "@/lib/api/openapi/operation";
import { debugEventSchema } from "@/lib/worker-protocol/schemas";
import { heldJobOperation } from "../held-job-operation";

export const operations = routeOperations("/worker-protocol/workers/{workerId}/jobs/{jobId}/attempts/{attempt}/debug-events", {
  POST: heldJobOperation({
    summary: "Record an event of the debug session's host",
    body: debugEventSchema,
    response: { status: 204, description: "Done." },
  }),
});
