import { apiRoute, readJson, readQuery } from "@/lib/http/api-route";
import { sourceAddress } from "@/lib/http/source-address";
import { createUser } from "@/lib/users/create-user";
import { listUsers } from "@/lib/users/list-users";
import { createUserSchema } from "@/lib/users/schemas";
import { pageInMemory, pageQuerySchema } from "@/lib/paging/page-query";

export const GET = apiRoute("user.read", async ({ req, db }) =>
  pageInMemory(await listUsers(db), readQuery(req, pageQuerySchema), (u) => [u.username.toLowerCase()], ["asc"]),
);

export const POST = apiRoute("user.write", async ({ req, db, principal }) => {
  const input = await readJson(req, createUserSchema);
  return Response.json(await createUser(db, principal, input, sourceAddress(req.headers)), { status: 201 });
});
