import { apiRoute } from "@/lib/http/api-route";
import { sourceAddress } from "@/lib/http/source-address";
import { deleteRoleAssignment } from "@/lib/role-assignments/delete-role-assignment";
import { roleAssignmentIdParamsSchema } from "@/lib/role-assignments/schemas";

export const DELETE = apiRoute(
  "user.write",
  async ({ req, params, db, principal }) => {
    await deleteRoleAssignment(db, principal, params.assignmentId, sourceAddress(req.headers));
    return new Response(null, { status: 204 });
  },
  { params: roleAssignmentIdParamsSchema },
);
