import { deleteGroup } from "@/lib/groups/delete-group";
import { getGroup } from "@/lib/groups/get-group";
import { groupIdParamsSchema, updateGroupSchema } from "@/lib/groups/schemas";
import { updateGroup } from "@/lib/groups/update-group";
import { apiRoute, readJson } from "@/lib/http/api-route";
import { sourceAddress } from "@/lib/http/source-address";

const params = groupIdParamsSchema;

export const GET = apiRoute("user.read", async ({ params, db }) => getGroup(db, params.groupId), { params });

export const PATCH = apiRoute(
  "user.write",
  async ({ req, params, db, principal }) => {
    const input = await readJson(req, updateGroupSchema);
    return updateGroup(db, principal, params.groupId, input, sourceAddress(req.headers));
  },
  { params },
);

export const DELETE = apiRoute(
  "user.write",
  async ({ req, params, db, principal }) => {
    await deleteGroup(db, principal, params.groupId, sourceAddress(req.headers));
    return new Response(null, { status: 204 });
  },
  { params },
);
