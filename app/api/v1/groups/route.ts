import { createGroup } from "@/lib/groups/create-group";
import { listGroups } from "@/lib/groups/list-groups";
import { createGroupSchema } from "@/lib/groups/schemas";
import { apiRoute, readJson, readQuery } from "@/lib/http/api-route";
import { sourceAddress } from "@/lib/http/source-address";
import { pageInMemory, pageQuerySchema } from "@/lib/paging/page-query";

export const GET = apiRoute("user.read", async ({ req, db }) =>
  pageInMemory(await listGroups(db), readQuery(req, pageQuerySchema), (g) => [g.name.toLowerCase()], ["asc"]),
);

export const POST = apiRoute("user.write", async ({ req, db, principal }) => {
  const input = await readJson(req, createGroupSchema);
  return Response.json(await createGroup(db, principal, input, sourceAddress(req.headers)), { status: 201 });
});
