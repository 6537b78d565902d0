import { apiRoute, readJson } from "@/lib/http/api-route";
import { sourceAddress } from "@/lib/http/source-address";
import { deleteWorkerGroup } from "@/lib/workers/delete-worker-group";
import { getWorkerGroup } from "@/lib/workers/get-worker-group";
import { updateWorkerGroup } from "@/lib/workers/update-worker-group";
import { updateWorkerGroupSchema, workerGroupNameParamsSchema } from "@/lib/workers/worker-group-schemas";

const options = { params: workerGroupNameParamsSchema };

export const GET = apiRoute("worker.read", async ({ db, params }) => getWorkerGroup(db, params.name), options);

export const PATCH = apiRoute(
  "worker.write",
  async ({ req, db, params, principal }) => updateWorkerGroup(db, principal, params.name, await readJson(req, updateWorkerGroupSchema), sourceAddress(req.headers)),
  options,
);

/** 409 while workers are registered in the group. */
export const DELETE = apiRoute(
  "worker.write",
  async ({ req, db, params, principal }) => {
    await deleteWorkerGroup(db, principal, params.name, sourceAddress(req.headers));
    return new Response(null, { status: 204 });
  },
  options,
);
