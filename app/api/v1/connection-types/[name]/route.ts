import { deleteConnectionType } from "@/lib/assets/delete-connection-type";
import { getConnectionType } from "@/lib/assets/get-connection-type";
import { assetNameParamsSchema, updateConnectionTypeSchema } from "@/lib/assets/schemas";
import { updateConnectionType } from "@/lib/assets/update-connection-type";
import { apiRoute, readJson } from "@/lib/http/api-route";

const options = { params: assetNameParamsSchema };

export const GET = apiRoute("asset.read", async ({ db, params }) => getConnectionType(db, params.name), options);

export const PATCH = apiRoute(
  "asset.write",
  async ({ req, db, params, principal }) => updateConnectionType(db, params.name, await readJson(req, updateConnectionTypeSchema), principal),
  options,
);

export const DELETE = apiRoute(
  "asset.write",
  async ({ db, params, principal }) => {
    await deleteConnectionType(db, params.name, principal);
    return new Response(null, { status: 204 });
  },
  options,
);
