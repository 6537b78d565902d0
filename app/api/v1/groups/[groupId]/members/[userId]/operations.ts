import { routeOperations } from "@/lib/api/openapi/operation";
import { groupMemberParamsSchema } from "@/lib/groups/schemas";

export const operations = routeOperations("/groups/{groupId}/members/{userId}", {
  DELETE: { tag: "Groups", summary: "Remove a user from a group", access: "user.write", params: groupMemberParamsSchema, response: { status: 204, description: "Removed." } },
});
