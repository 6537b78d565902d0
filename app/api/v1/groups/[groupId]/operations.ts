import { routeOperations } from "@/lib/api/openapi/operation";
import { groupView } from "@/lib/groups/group-view";
import { groupIdParamsSchema, updateGroupSchema } from "@/lib/groups/schemas";

export const operations = routeOperations("/groups/{groupId}", {
  GET: { tag: "Groups", summary: "Get a group with its members", access: "user.read", params: groupIdParamsSchema, response: { status: 200, description: "The group.", schema: groupView } },
  PATCH: {
    tag: "Groups",
    summary: "Rename a group or change its description",
    access: "user.write",
    params: groupIdParamsSchema,
    body: updateGroupSchema,
    response: { status: 200, description: "The group.", schema: groupView },
    errors: [409],
  },
  DELETE: { tag: "Groups", summary: "Delete a group", access: "user.write", params: groupIdParamsSchema, response: { status: 204, description: "Deleted." } },
});
