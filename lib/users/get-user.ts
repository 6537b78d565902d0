import type { DbOrTx } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { toUserView, userViewSelect, type UserView } from "./user-view";

export async function getUser(db: DbOrTx, userId: string): Promise<UserView> {
  const row = await db.user.findUnique({ where: { id: userId }, select: userViewSelect });
  if (!row) throw notFound("User");
  return toUserView(row);
}
