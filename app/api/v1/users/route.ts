import { apiRoute, readJson } from "@/lib/http/api-route";
import { sourceAddress } from "@/lib/http/source-address";
import { createUser } from "@/lib/users/create-user";
import { listUsers } from "@/lib/users/list-users";
import { createUserSchema } from "@/lib/users/schemas";

export const GET = apiRoute("user.read", async ({ db }) => listUsers(db));

export const POST = apiRoute("user.write", async ({ req, db, principal }) => {
  const input = await readJson(req, createUserSchema);
  return Response.json(await createUser(db, principal, input, sourceAddress(req.headers)), { status: 201 });
});
