import { routeOperations } from "@/lib/api/openapi/operation";
import { roleAssignmentIdParamsSchema } from "@/lib/role-assignments/schemas";

export const operations = routeOperations("/role-assignments/{assignmentId}", {
  DELETE: {
    tag: "Role assignments",
    summary: "Revoke a role assignment",
    description: "409 when it is the last unscoped Administrator grant.",
    access: "user.write",
    params: roleAssignmentIdParamsSchema,
    response: { status: 204, description: "Revoked." },
    errors: [409],
  },
});
