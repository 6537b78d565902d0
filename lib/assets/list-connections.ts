import type { DbOrTx } from "@/lib/db";
import { toConnectionView, type ConnectionView } from "./connection-view";

export async function listConnections(db: DbOrTx): Promise<ConnectionView[]> {
  const rows = await db.connection.findMany({ orderBy: { name: "asc" }, include: { connectionType: true } });
  return rows.map(toConnectionView);
}
