import { routeOperations } from "@/lib/api/openapi/operation";
import { preparedJobView } from "@/lib/worker-protocol/views";
import { heldJobOperation } from "../held-job-operation";

export const operations = routeOperations("/worker-protocol/workers/{workerId}/jobs/{jobId}/attempts/{attempt}/prepare", {
  POST: heldJobOperation({
    summary: "Prepare a claimed job",
    description: "What the worker needs to run the attempt: script, parameters, a fresh automation token, limits; `job` is null when the attempt is no longer the worker's to start.",
    response: { status: 200, description: "The prepared job, or null.", schema: preparedJobView },
  }),
});
