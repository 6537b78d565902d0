import { createCredential } from "@/lib/assets/create-credential";
import { getKeyRing } from "@/lib/assets/key-ring-for-process";
import { listCredentials } from "@/lib/assets/list-credentials";
import { createCredentialSchema } from "@/lib/assets/schemas";
import { apiRoute, readJson, readQuery } from "@/lib/http/api-route";
import { pageInMemory, pageQuerySchema } from "@/lib/paging/page-query";

export const GET = apiRoute("asset.read", async ({ req, db }) =>
  pageInMemory(await listCredentials(db), readQuery(req, pageQuerySchema), (a) => [a.name.toLowerCase()], ["asc"]),
);

export const POST = apiRoute("asset.write", async ({ req, db, principal }) => {
  const input = await readJson(req, createCredentialSchema);
  return Response.json(await createCredential(db, getKeyRing(), input, principal), { status: 201 });
});
