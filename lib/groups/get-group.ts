import type { DbOrTx } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { groupViewSelect, toGroupView, type GroupView } from "./group-view";

export async function getGroup(db: DbOrTx, groupId: string): Promise<GroupView> {
  const row = await db.securityGroup.findUnique({ where: { id: groupId }, select: groupViewSelect });
  if (!row) throw notFound("Security group");
  return toGroupView(row);
}
