import { routeOperations } from "@/lib/api/openapi/operation";
import { pageOf } from "@/lib/api/openapi/response-schemas";
import { pageQuerySchema } from "@/lib/paging/page-query";
import { roleAssignmentView } from "@/lib/role-assignments/role-assignment-view";
import { createRoleAssignmentSchema } from "@/lib/role-assignments/schemas";

export const operations = routeOperations("/role-assignments", {
  GET: {
    tag: "Role assignments",
    summary: "List role assignments",
    description: "By role, then oldest first.",
    access: "user.read",
    query: pageQuerySchema,
    response: { status: 200, description: "A page of role assignments.", schema: pageOf(roleAssignmentView) },
  },
  POST: {
    tag: "Role assignments",
    summary: "Grant a role to a user or group",
    description: "Everywhere, or only on runbooks carrying `scopeTag`.",
    access: "user.write",
    body: createRoleAssignmentSchema,
    response: { status: 201, description: "The assignment.", schema: roleAssignmentView },
    errors: [409],
  },
});
