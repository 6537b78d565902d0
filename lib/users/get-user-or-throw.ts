import type { DbOrTx } from "@/lib/db";
import { notFound } from "@/lib/errors";

export async function getUserOrThrow(db: DbOrTx, userId: string): Promise<{ id: string; username: string }> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, username: true } });
  if (!user) throw notFound("User");
  return user;
}
