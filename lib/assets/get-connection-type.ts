import type { DbOrTx } from "@/lib/db";
import { toConnectionTypeView, type ConnectionTypeView } from "./connection-type-view";
import { findAssetByNameOrThrow } from "./find-asset-by-name";

export async function getConnectionType(db: DbOrTx, name: string): Promise<ConnectionTypeView> {
  const ref = await findAssetByNameOrThrow(db, "connectionType", name);
  return toConnectionTypeView(await db.connectionType.findUniqueOrThrow({ where: { id: ref.id } }));
}
