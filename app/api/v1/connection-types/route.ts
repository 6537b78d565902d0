import { createConnectionType } from "@/lib/assets/create-connection-type";
import { listConnectionTypes } from "@/lib/assets/list-connection-types";
import { createConnectionTypeSchema } from "@/lib/assets/schemas";
import { apiRoute, readJson, readQuery } from "@/lib/http/api-route";
import { pageInMemory, pageQuerySchema } from "@/lib/paging/page-query";

export const GET = apiRoute("asset.read", async ({ req, db }) =>
  pageInMemory(await listConnectionTypes(db), readQuery(req, pageQuerySchema), (a) => [a.name.toLowerCase()], ["asc"]),
);

export const POST = apiRoute("asset.write", async ({ req, db, principal }) => {
  const input = await readJson(req, createConnectionTypeSchema);
  return Response.json(await createConnectionType(db, input, principal), { status: 201 });
});
