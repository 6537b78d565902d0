import { routeOperations } from "@/lib/api/openapi/operation";
import { workerHeartbeatSchema, workerIdParamsSchema } from "@/lib/worker-protocol/schemas";
import { protocolOperation } from "@/app/api/v1/worker-protocol/protocol-operation";

export const operations = routeOperations("/worker-protocol/workers/{workerId}/heartbeat", {
  POST: protocolOperation({
    summary: "Record a worker's heartbeat",
    description: "The worker is alive, in this state (online, draining or offline).",
    params: workerIdParamsSchema,
    body: workerHeartbeatSchema,
    response: { status: 204, description: "Recorded." },
  }),
});
