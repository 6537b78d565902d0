import type { DbOrTx } from "@/lib/db";
import { findAssetByNameOrThrow } from "./find-asset-by-name";
import { toVariableView, type VariableView } from "./variable-view";

export async function getVariable(db: DbOrTx, name: string): Promise<VariableView> {
  const ref = await findAssetByNameOrThrow(db, "variable", name);
  return toVariableView(await db.variable.findUniqueOrThrow({ where: { id: ref.id } }));
}
