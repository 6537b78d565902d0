import { routeOperations } from "@/lib/api/openapi/operation";
import { pageOf } from "@/lib/api/openapi/response-schemas";
import { groupView } from "@/lib/groups/group-view";
import { createGroupSchema } from "@/lib/groups/schemas";
import { pageQuerySchema } from "@/lib/paging/page-query";

export const operations = routeOperations("/groups", {
  GET: { tag: "Groups", summary: "List groups", description: "By name, with members.", access: "user.read", query: pageQuerySchema, response: { status: 200, description: "A page of groups.", schema: pageOf(groupView) } },
  POST: { tag: "Groups", summary: "Create a group", access: "user.write", body: createGroupSchema, response: { status: 201, description: "The new group.", schema: groupView }, errors: [409] },
});
