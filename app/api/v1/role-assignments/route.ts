import { apiRoute, readJson, readQuery } from "@/lib/http/api-route";
import { sourceAddress } from "@/lib/http/source-address";
import { createRoleAssignment } from "@/lib/role-assignments/create-role-assignment";
import { listRoleAssignments } from "@/lib/role-assignments/list-role-assignments";
import { createRoleAssignmentSchema } from "@/lib/role-assignments/schemas";
import { pageInMemory, pageQuerySchema } from "@/lib/paging/page-query";

export const GET = apiRoute("user.read", async ({ req, db }) =>
  pageInMemory(await listRoleAssignments(db), readQuery(req, pageQuerySchema), (a) => [a.role, a.createdAt, a.id], ["asc", "asc", "asc"]),
);

export const POST = apiRoute("user.write", async ({ req, db, principal }) => {
  const input = await readJson(req, createRoleAssignmentSchema);
  return Response.json(await createRoleAssignment(db, principal, input, sourceAddress(req.headers)), { status: 201 });
});
