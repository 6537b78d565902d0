import type { DbOrTx } from "@/lib/db";
import type { Grant } from "./principal";
import { roles, type Role } from "./permissions";

/** A user's grants: assigned directly and through every security group they belong to. */
export async function loadGrants(db: DbOrTx, userId: string): Promise<Grant[]> {
  const rows = await db.roleAssignment.findMany({
    where: { OR: [{ userId }, { group: { members: { some: { userId } } } }] },
    select: { role: true, scopeTag: true },
  });
  return rows
    .filter((r): r is { role: Role; scopeTag: string | null } => (roles as readonly string[]).includes(r.role))
    .map((r) => ({ role: r.role, scopeTag: r.scopeTag }));
}
