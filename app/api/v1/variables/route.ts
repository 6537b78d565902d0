import { createVariable } from "@/lib/assets/create-variable";
import { getKeyRing } from "@/lib/assets/key-ring-for-process";
import { listVariables } from "@/lib/assets/list-variables";
import { createVariableSchema } from "@/lib/assets/schemas";
import { apiRoute, readJson, readQuery } from "@/lib/http/api-route";
import { pageInMemory, pageQuerySchema } from "@/lib/paging/page-query";

export const GET = apiRoute("asset.read", async ({ req, db }) =>
  pageInMemory(await listVariables(db), readQuery(req, pageQuerySchema), (a) => [a.name.toLowerCase()], ["asc"]),
);

export const POST = apiRoute("asset.write", async ({ req, db, principal }) => {
  const input = await readJson(req, createVariableSchema);
  return Response.json(await createVariable(db, getKeyRing(), input, principal), { status: 201 });
});
