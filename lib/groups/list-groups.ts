import type { DbOrTx } from "@/lib/db";
import { groupViewSelect, toGroupView, type GroupView } from "./group-view";

export async function listGroups(db: DbOrTx): Promise<GroupView[]> {
  return (await db.securityGroup.findMany({ select: groupViewSelect, orderBy: { name: "asc" } })).map(toGroupView);
}
