import { routeOperations } from "@/lib/api/openapi/operation";
import { registrationTokenParamsSchema } from "@/lib/workers/registration-tokens/schemas";

export const operations = routeOperations("/worker-groups/{name}/registration-tokens/{tokenId}", {
  DELETE: {
    tag: "Workers",
    summary: "Revoke a worker registration token",
    description: "It stops admitting workers at once; the token stays in the list as revoked. Revoking a revoked token answers 204 again.",
    access: "worker.write",
    params: registrationTokenParamsSchema,
    response: { status: 204, description: "Revoked." },
  },
});
