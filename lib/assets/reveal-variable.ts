import { open } from "@/lib/crypto/secret-box";
import type { DbOrTx } from "@/lib/db";
import { findAssetByNameOrThrow } from "./find-asset-by-name";
import type { KeyRing } from "./key-ring-for-process";
import type { VariableType } from "./schemas";
import { aad } from "./sealed-columns";
import { type VariableValue } from "./variable-value-schema";
import { parseStoredVariableValue } from "./variable-values";

export interface RevealedVariable {
  id: string;
  name: string;
  type: VariableType;
  isEncrypted: boolean;
  value: VariableValue | null;
}

/** The decrypted value, for the automation API only: a running job's Get-AutomationVariable. */
export async function revealVariable(db: DbOrTx, ring: KeyRing, name: string): Promise<RevealedVariable> {
  const ref = await findAssetByNameOrThrow(db, "variable", name);
  const row = await db.variable.findUniqueOrThrow({ where: { id: ref.id } });
  const text = row.isEncrypted ? (row.encryptedValue === null ? null : open(ring.all, row.encryptedValue, aad.variable(row.id))) : row.value;
  return { id: row.id, name: row.name, type: row.type as VariableType, isEncrypted: row.isEncrypted, value: text === null ? null : parseStoredVariableValue(text) };
}
