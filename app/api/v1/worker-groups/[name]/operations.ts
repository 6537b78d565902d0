import { routeOperations } from "@/lib/api/openapi/operation";
import { updateWorkerGroupSchema, workerGroupNameParamsSchema } from "@/lib/workers/worker-group-schemas";
import { workerGroupView } from "@/lib/workers/worker-group-view";

export const operations = routeOperations("/worker-groups/{name}", {
  GET: { tag: "Workers", summary: "Get a worker group", access: "worker.read", params: workerGroupNameParamsSchema, response: { status: 200, description: "The group.", schema: workerGroupView } },
  PATCH: {
    tag: "Workers",
    summary: "Change a worker group's description or host mode",
    description: "The name is fixed: jobs, runbooks and workers' BATON_WORKER_GROUP refer to it. A new host mode applies to jobs its workers start from then on.",
    access: "worker.write",
    params: workerGroupNameParamsSchema,
    body: updateWorkerGroupSchema,
    response: { status: 200, description: "The group.", schema: workerGroupView },
  },
  DELETE: {
    tag: "Workers",
    summary: "Delete an empty worker group",
    description: "409 with `error.details.workers` while workers are registered in it, or `error.details.registrationTokens` while it has registration tokens that still work (revoke them first); its revoked and expired tokens are deleted with it.",
    access: "worker.write",
    params: workerGroupNameParamsSchema,
    response: { status: 204, description: "Deleted." },
    errors: [409],
  },
});
