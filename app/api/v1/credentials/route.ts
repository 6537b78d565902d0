import { createCredential } from "@/lib/assets/create-credential";
import { getKeyRing } from "@/lib/assets/key-ring-for-process";
import { listCredentials } from "@/lib/assets/list-credentials";
import { createCredentialSchema } from "@/lib/assets/schemas";
import { apiRoute, readJson } from "@/lib/http/api-route";

export const GET = apiRoute("asset.read", async ({ db }) => ({ items: await listCredentials(db) }));

export const POST = apiRoute("asset.write", async ({ req, db, principal }) => {
  const input = await readJson(req, createCredentialSchema);
  return Response.json(await createCredential(db, getKeyRing(), input, principal), { status: 201 });
});
