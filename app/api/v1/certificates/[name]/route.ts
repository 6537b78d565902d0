import { deleteAsset } from "@/lib/assets/delete-asset";
import { getCertificate } from "@/lib/assets/get-certificate";
import { getKeyRing } from "@/lib/assets/key-ring-for-process";
import { assetNameParamsSchema, deleteAssetQuerySchema, updateCertificateSchema } from "@/lib/assets/schemas";
import { updateCertificate } from "@/lib/assets/update-certificate";
import { apiRoute, readJson, readQuery } from "@/lib/http/api-route";

const options = { params: assetNameParamsSchema };

export const GET = apiRoute("asset.read", async ({ db, params }) => getCertificate(db, params.name), options);

export const PATCH = apiRoute(
  "asset.write",
  async ({ req, db, params, principal }) => updateCertificate(db, getKeyRing(), params.name, await readJson(req, updateCertificateSchema), principal),
  options,
);

export const DELETE = apiRoute(
  "asset.write",
  async ({ req, db, params, principal }) => {
    await deleteAsset(db, "certificate", params.name, readQuery(req, deleteAssetQuerySchema), principal);
    return new Response(null, { status: 204 });
  },
  options,
);
