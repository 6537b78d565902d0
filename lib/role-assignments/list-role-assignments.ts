import type { DbOrTx } from "@/lib/db";
import { roleAssignmentViewSelect, toRoleAssignmentView, type RoleAssignmentView } from "./role-assignment-view";

export async function listRoleAssignments(db: DbOrTx): Promise<RoleAssignmentView[]> {
  const rows = await db.roleAssignment.findMany({ select: roleAssignmentViewSelect, orderBy: [{ role: "asc" }, { createdAt: "asc" }] });
  return rows.map(toRoleAssignmentView);
}
