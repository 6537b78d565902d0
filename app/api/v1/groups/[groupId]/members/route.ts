import { addGroupMember } from "@/lib/groups/add-group-member";
import { addGroupMemberSchema, groupIdParamsSchema } from "@/lib/groups/schemas";
import { apiRoute, readJson } from "@/lib/http/api-route";
import { sourceAddress } from "@/lib/http/source-address";

export const POST = apiRoute(
  "user.write",
  async ({ req, params, db, principal }) => {
    const input = await readJson(req, addGroupMemberSchema);
    await addGroupMember(db, principal, params.groupId, input.userId, sourceAddress(req.headers));
    return new Response(null, { status: 204 });
  },
  { params: groupIdParamsSchema },
);
