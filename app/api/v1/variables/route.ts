import { createVariable } from "@/lib/assets/create-variable";
import { getKeyRing } from "@/lib/assets/key-ring-for-process";
import { listVariables } from "@/lib/assets/list-variables";
import { createVariableSchema } from "@/lib/assets/schemas";
import { apiRoute, readJson } from "@/lib/http/api-route";

export const GET = apiRoute("asset.read", async ({ db }) => ({ items: await listVariables(db) }));

export const POST = apiRoute("asset.write", async ({ req, db, principal }) => {
  const input = await readJson(req, createVariableSchema);
  return Response.json(await createVariable(db, getKeyRing(), input, principal), { status: 201 });
});
