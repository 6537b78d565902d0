import { deleteAsset } from "@/lib/assets/delete-asset";
import { getVariable } from "@/lib/assets/get-variable";
import { getKeyRing } from "@/lib/assets/key-ring-for-process";
import { assetNameParamsSchema, deleteAssetQuerySchema, updateVariableSchema } from "@/lib/assets/schemas";
import { updateVariable } from "@/lib/assets/update-variable";
import { apiRoute, readJson, readQuery } from "@/lib/http/api-route";

const options = { params: assetNameParamsSchema };

export const GET = apiRoute("asset.read", async ({ db, params }) => getVariable(db, params.name), options);

export const PATCH = apiRoute(
  "asset.write",
  async ({ req, db, params, principal }) => updateVariable(db, getKeyRing(), params.name, await readJson(req, updateVariableSchema), principal),
  options,
);

export const DELETE = apiRoute(
  "asset.write",
  async ({ req, db, params, principal }) => {
    await deleteAsset(db, "variable", params.name, readQuery(req, deleteAssetQuerySchema), principal);
    return new Response(null, { status: 204 });
  },
  options,
);
