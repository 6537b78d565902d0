import { routeOperations } from "@/lib/api/openapi/operation";
import { debugCommandsView } from "@/lib/worker-protocol/views";
import { readDebugCommandsSchema } from "@/lib/worker-protocol/schemas";
import { heldJobOperation } from "../held-job-operation";

export const operations = routeOperations("/worker-protocol/workers/{workerId}/jobs/{jobId}/attempts/{attempt}/debug-commands", {
  POST: heldJobOperation({
    summary: "Read the debug session's undelivered commands",
    description: "Oldest first, without the ones in `handed` (given to PowerShell, delivery not yet recorded).",
    body: readDebugCommandsSchema,
    response: { status: 200, description: "The commands; `command` is null for one that no longer reads as a command.", schema: debugCommandsView },
  }),
});
