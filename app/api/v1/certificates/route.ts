import { createCertificate } from "@/lib/assets/create-certificate";
import { getKeyRing } from "@/lib/assets/key-ring-for-process";
import { listCertificates } from "@/lib/assets/list-certificates";
import { createCertificateSchema } from "@/lib/assets/schemas";
import { apiRoute, readJson, readQuery } from "@/lib/http/api-route";
import { pageInMemory, pageQuerySchema } from "@/lib/paging/page-query";

export const GET = apiRoute("asset.read", async ({ req, db }) =>
  pageInMemory(await listCertificates(db), readQuery(req, pageQuerySchema), (a) => [a.name.toLowerCase()], ["asc"]),
);

export const POST = apiRoute("asset.write", async ({ req, db, principal }) => {
  const input = await readJson(req, createCertificateSchema);
  return Response.json(await createCertificate(db, getKeyRing(), input, principal), { status: 201 });
});
