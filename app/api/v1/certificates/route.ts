import { createCertificate } from "@/lib/assets/create-certificate";
import { getKeyRing } from "@/lib/assets/key-ring-for-process";
import { listCertificates } from "@/lib/assets/list-certificates";
import { createCertificateSchema } from "@/lib/assets/schemas";
import { apiRoute, readJson } from "@/lib/http/api-route";

export const GET = apiRoute("asset.read", async ({ db }) => ({ items: await listCertificates(db) }));

export const POST = apiRoute("asset.write", async ({ req, db, principal }) => {
  const input = await readJson(req, createCertificateSchema);
  return Response.json(await createCertificate(db, getKeyRing(), input, principal), { status: 201 });
});
