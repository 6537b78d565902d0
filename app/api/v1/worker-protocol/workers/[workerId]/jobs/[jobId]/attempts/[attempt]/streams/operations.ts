import { routeOperations } from "@/lib/api/openapi/operation";
import { appendResultView } from "@/lib/worker-protocol/views";
import { appendStreamsBodyLimitBytes, appendStreamsSchema } from "@/lib/worker-protocol/schemas";
import { heldJobOperation } from "../held-job-operation";

export const operations = routeOperations("/worker-protocol/workers/{workerId}/jobs/{jobId}/attempts/{attempt}/streams", {
  POST: heldJobOperation({
    summary: "Store a batch of the attempt's stream records",
    description: "At `firstIndex`, the batch's position in the attempt's stream, so a batch sent again after its answer was lost is stored once. The output cap is the server's setting.",
    body: appendStreamsSchema,
    bodyLimitBytes: appendStreamsBodyLimitBytes,
    response: { status: 200, description: "What was stored.", schema: appendResultView },
  }),
});
