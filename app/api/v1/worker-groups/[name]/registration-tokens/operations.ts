import { routeOperations } from "@/lib/api/openapi/operation";
import { pageOf } from "@/lib/api/openapi/response-schemas";
import { pageQuerySchema } from "@/lib/paging/page-query";
import { workerGroupNameParamsSchema } from "@/lib/workers/worker-group-schemas";
import { createdRegistrationTokenView, registrationTokenView } from "@/lib/workers/registration-tokens/registration-token-view";
import { createRegistrationTokenSchema } from "@/lib/workers/registration-tokens/schemas";

export const operations = routeOperations("/worker-groups/{name}/registration-tokens", {
  GET: {
    tag: "Workers",
    summary: "List a worker group's registration tokens",
    description: "Newest first, revoked and expired ones included; never the secret.",
    access: "worker.read",
    params: workerGroupNameParamsSchema,
    query: pageQuerySchema,
    response: { status: 200, description: "A page of registration tokens.", schema: pageOf(registrationTokenView) },
  },
  POST: {
    tag: "Workers",
    summary: "Create a worker registration token",
    description:
      "A secret a remote worker presents (BATON_WORKER_TOKEN) to join this group over the worker protocol. The response carries the secret `token` (`bwr_…`) this one time only; only its hash is stored. It expires after `expiresInDays` (1 to 365, default 30).",
    access: "worker.write",
    params: workerGroupNameParamsSchema,
    body: createRegistrationTokenSchema,
    response: { status: 201, description: "The token with its secret.", schema: createdRegistrationTokenView },
  },
});
