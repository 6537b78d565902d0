import type { DbOrTx } from "@/lib/db";
import { toVariableView, type VariableView } from "./variable-view";

export async function listVariables(db: DbOrTx): Promise<VariableView[]> {
  const rows = await db.variable.findMany({ orderBy: { name: "asc" } });
  return rows.map(toVariableView);
}
