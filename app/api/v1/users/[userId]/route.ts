import { apiRoute, readJson } from "@/lib/http/api-route";
import { sourceAddress } from "@/lib/http/source-address";
import { deleteUser } from "@/lib/users/delete-user";
import { getUser } from "@/lib/users/get-user";
import { updateUserSchema, userIdParamsSchema } from "@/lib/users/schemas";
import { setUserDisabled } from "@/lib/users/set-user-disabled";

const params = userIdParamsSchema;

export const GET = apiRoute("user.read", async ({ params, db }) => getUser(db, params.userId), { params });

/** `{ "disabled": true }` disables the account and ends its sessions; `false` enables it again. */
export const PATCH = apiRoute(
  "user.write",
  async ({ req, params, db, principal }) => {
    const input = await readJson(req, updateUserSchema);
    await setUserDisabled(db, principal, params.userId, input.disabled, sourceAddress(req.headers));
    return new Response(null, { status: 204 });
  },
  { params },
);

export const DELETE = apiRoute(
  "user.write",
  async ({ req, params, db, principal }) => {
    await deleteUser(db, principal, params.userId, sourceAddress(req.headers));
    return new Response(null, { status: 204 });
  },
  { params },
);
