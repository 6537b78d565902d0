import { routeOperations } from "@/lib/api/openapi/operation";
import { registeredWorkerView } from "@/lib/worker-protocol/views";
import { registerRemoteWorkerSchema } from "@/lib/worker-protocol/schemas";
import { protocolOperation } from "@/app/api/v1/worker-protocol/protocol-operation";

export const operations = routeOperations("/worker-protocol/register", {
  POST: protocolOperation({
    summary: "Register a remote worker",
    description:
      "Registers (or re-registers) the worker under its name in the group the token admits, recording the address the call came from. A name another group's worker or a worker on the database uses, or that is still heartbeating from another process, is refused (409).",
    body: registerRemoteWorkerSchema,
    response: { status: 201, description: "The worker's id, name and group.", schema: registeredWorkerView },
    errors: [409],
  }),
});
