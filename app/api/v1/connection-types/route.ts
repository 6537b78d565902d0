import { createConnectionType } from "@/lib/assets/create-connection-type";
import { listConnectionTypes } from "@/lib/assets/list-connection-types";
import { createConnectionTypeSchema } from "@/lib/assets/schemas";
import { apiRoute, readJson } from "@/lib/http/api-route";

export const GET = apiRoute("asset.read", async ({ db }) => ({ items: await listConnectionTypes(db) }));

export const POST = apiRoute("asset.write", async ({ req, db, principal }) => {
  const input = await readJson(req, createConnectionTypeSchema);
  return Response.json(await createConnectionType(db, input, principal), { status: 201 });
});
