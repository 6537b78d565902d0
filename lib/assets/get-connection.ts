import type { DbOrTx } from "@/lib/db";
import { toConnectionView, type ConnectionView } from "./connection-view";
import { findAssetByNameOrThrow } from "./find-asset-by-name";

export async function getConnection(db: DbOrTx, name: string): Promise<ConnectionView> {
  const ref = await findAssetByNameOrThrow(db, "connection", name);
  return toConnectionView(await db.connection.findUniqueOrThrow({ where: { id: ref.id }, include: { connectionType: true } }));
}
