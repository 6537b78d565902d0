import { routeOperations } from "@/lib/api/openapi/operation";
import { claimedJobsView } from "@/lib/worker-protocol/views";
import { claimJobsSchema, workerIdParamsSchema } from "@/lib/worker-protocol/schemas";
import { protocolOperation } from "@/app/api/v1/worker-protocol/protocol-operation";

export const operations = routeOperations("/worker-protocol/workers/{workerId}/claims", {
  POST: protocolOperation({
    summary: "Claim queued jobs",
    description: "Claims up to `max` of the oldest queued jobs of the worker's group. With `waitMs` (at most 25 000) and nothing queued, the call waits until a job is queued for the group, `waitMs` passes or the worker hangs up; a job claimed as the worker hung up goes back to the queue.",
    params: workerIdParamsSchema,
    body: claimJobsSchema,
    response: { status: 200, description: "The claimed jobs, maybe none.", schema: claimedJobsView },
  }),
});
