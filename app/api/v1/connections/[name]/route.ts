import { deleteAsset } from "@/lib/assets/delete-asset";
import { getConnection } from "@/lib/assets/get-connection";
import { getKeyRing } from "@/lib/assets/key-ring-for-process";
import { assetNameParamsSchema, deleteAssetQuerySchema, updateConnectionSchema } from "@/lib/assets/schemas";
import { updateConnection } from "@/lib/assets/update-connection";
import { apiRoute, readJson, readQuery } from "@/lib/http/api-route";

const options = { params: assetNameParamsSchema };

export const GET = apiRoute("asset.read", async ({ db, params }) => getConnection(db, params.name), options);

export const PATCH = apiRoute(
  "asset.write",
  async ({ req, db, params, principal }) => updateConnection(db, getKeyRing(), params.name, await readJson(req, updateConnectionSchema), principal),
  options,
);

export const DELETE = apiRoute(
  "asset.write",
  async ({ req, db, params, principal }) => {
    await deleteAsset(db, "connection", params.name, readQuery(req, deleteAssetQuerySchema), principal);
    return new Response(null, { status: 204 });
  },
  options,
);
