import { routeOperations } from "@/lib/api/openapi/operation";
import { debugCommandsDeliveredSchema } from "@/lib/worker-protocol/schemas";
import { heldJobOperation } from "../held-job-operation";

export const operations = routeOperations("/worker-protocol/workers/{workerId}/jobs/{jobId}/attempts/{attempt}/debug-commands-delivered", {
  POST: heldJobOperation({
    summary: "Record debug commands as delivered to PowerShell",
    body: debugCommandsDeliveredSchema,
    response: { status: 204, description: "Done." },
  }),
});
