import type { DbOrTx } from "@/lib/db";
import { notFound } from "@/lib/errors";

/** The id of the group a registration token route names, or "not found" for an unknown group. */
export async function findGroupIdOrThrow(db: DbOrTx, groupName: string): Promise<string> {
  const group = await db.workerGroup.findUnique({ where: { name: groupName }, select: { id: true } });
  if (!group) throw notFound(`Worker group ${groupName}`);
  return group.id;
}
