import { deleteAsset } from "@/lib/assets/delete-asset";
import { getCredential } from "@/lib/assets/get-credential";
import { getKeyRing } from "@/lib/assets/key-ring-for-process";
import { assetNameParamsSchema, deleteAssetQuerySchema, updateCredentialSchema } from "@/lib/assets/schemas";
import { updateCredential } from "@/lib/assets/update-credential";
import { apiRoute, readJson, readQuery } from "@/lib/http/api-route";

const options = { params: assetNameParamsSchema };

export const GET = apiRoute("asset.read", async ({ db, params }) => getCredential(db, params.name), options);

export const PATCH = apiRoute(
  "asset.write",
  async ({ req, db, params, principal }) => updateCredential(db, getKeyRing(), params.name, await readJson(req, updateCredentialSchema), principal),
  options,
);

export const DELETE = apiRoute(
  "asset.write",
  async ({ req, db, params, principal }) => {
    await deleteAsset(db, "credential", params.name, readQuery(req, deleteAssetQuerySchema), principal);
    return new Response(null, { status: 204 });
  },
  options,
);
