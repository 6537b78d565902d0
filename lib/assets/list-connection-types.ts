import type { DbOrTx } from "@/lib/db";
import { toConnectionTypeView, type ConnectionTypeView } from "./connection-type-view";

export async function listConnectionTypes(db: DbOrTx): Promise<ConnectionTypeView[]> {
  const rows = await db.connectionType.findMany({ orderBy: { name: "asc" } });
  return rows.map(toConnectionTypeView);
}
