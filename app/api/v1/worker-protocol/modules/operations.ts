import { routeOperations } from "@/lib/api/openapi/operation";
import { activeModulesView } from "@/lib/worker-protocol/views";
import { protocolOperation } from "@/app/api/v1/worker-protocol/protocol-operation";

export const operations = routeOperations("/worker-protocol/modules", {
  GET: protocolOperation({
    summary: "List the active module versions",
    description: "What every job imports; a worker keeps each version's files in a directory named by its SHA-256.",
    response: { status: 200, description: "The active versions.", schema: activeModulesView },
  }),
});
