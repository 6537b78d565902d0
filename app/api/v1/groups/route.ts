import { createGroup } from "@/lib/groups/create-group";
import { listGroups } from "@/lib/groups/list-groups";
import { createGroupSchema } from "@/lib/groups/schemas";
import { apiRoute, readJson } from "@/lib/http/api-route";
import { sourceAddress } from "@/lib/http/source-address";

export const GET = apiRoute("user.read", async ({ db }) => listGroups(db));

export const POST = apiRoute("user.write", async ({ req, db, principal }) => {
  const input = await readJson(req, createGroupSchema);
  return Response.json(await createGroup(db, principal, input, sourceAddress(req.headers)), { status: 201 });
});
