import { createConnection } from "@/lib/assets/create-connection";
import { getKeyRing } from "@/lib/assets/key-ring-for-process";
import { listConnections } from "@/lib/assets/list-connections";
import { createConnectionSchema } from "@/lib/assets/schemas";
import { apiRoute, readJson, readQuery } from "@/lib/http/api-route";
import { pageInMemory, pageQuerySchema } from "@/lib/paging/page-query";

export const GET = apiRoute("asset.read", async ({ req, db }) =>
  pageInMemory(await listConnections(db), readQuery(req, pageQuerySchema), (a) => [a.name.toLowerCase()], ["asc"]),
);

export const POST = apiRoute("asset.write", async ({ req, db, principal }) => {
  const input = await readJson(req, createConnectionSchema);
  return Response.json(await createConnection(db, getKeyRing(), input, principal), { status: 201 });
});
