import type { DbOrTx } from "@/lib/db";
import { toUserView, userViewSelect, type UserView } from "./user-view";

export async function listUsers(db: DbOrTx): Promise<UserView[]> {
  const rows = await db.user.findMany({ select: userViewSelect, orderBy: { username: "asc" } });
  const now = new Date();
  return rows.map((r) => toUserView(r, now));
}
