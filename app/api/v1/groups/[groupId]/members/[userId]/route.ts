import { removeGroupMember } from "@/lib/groups/remove-group-member";
import { groupMemberParamsSchema } from "@/lib/groups/schemas";
import { apiRoute } from "@/lib/http/api-route";
import { sourceAddress } from "@/lib/http/source-address";

export const DELETE = apiRoute(
  "user.write",
  async ({ req, params, db, principal }) => {
    await removeGroupMember(db, principal, params.groupId, params.userId, sourceAddress(req.headers));
    return new Response(null, { status: 204 });
  },
  { params: groupMemberParamsSchema },
);
