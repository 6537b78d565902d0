import type { DbOrTx } from "@/lib/db";
import { notFound } from "@/lib/errors";

export async function getGroupOrThrow(db: DbOrTx, groupId: string): Promise<{ id: string; name: string }> {
  const group = await db.securityGroup.findUnique({ where: { id: groupId }, select: { id: true, name: true } });
  if (!group) throw notFound("Security group");
  return group;
}
