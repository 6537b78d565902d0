import { routeOperations } from "@/lib/api/openapi/operation";
import { addGroupMemberSchema, groupIdParamsSchema } from "@/lib/groups/schemas";

export const operations = routeOperations("/groups/{groupId}/members", {
  POST: {
    tag: "Groups",
    summary: "Add a user to a group",
    access: "user.write",
    params: groupIdParamsSchema,
    body: addGroupMemberSchema,
    response: { status: 204, description: "Added (or already a member)." },
  },
});
