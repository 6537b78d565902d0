import { routeOperations } from "@/lib/api/openapi/operation";
import { leaseRenewalView } from "@/lib/worker-protocol/views";
import { renewLeasesSchema, workerIdParamsSchema } from "@/lib/worker-protocol/schemas";
import { protocolOperation } from "@/app/api/v1/worker-protocol/protocol-operation";

export const operations = routeOperations("/worker-protocol/workers/{workerId}/leases", {
  POST: protocolOperation({
    summary: "Renew the leases of the jobs a worker runs",
    description: "Extends the lease of each held attempt and reports the ones that need the worker: a stop or suspend asked for, or an attempt lost to the reaper.",
    params: workerIdParamsSchema,
    body: renewLeasesSchema,
    response: { status: 200, description: "What was renewed and what needs the worker.", schema: leaseRenewalView },
  }),
});
