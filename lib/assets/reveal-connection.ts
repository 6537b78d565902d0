import { open } from "@/lib/crypto/secret-box";
import type { DbOrTx } from "@/lib/db";
import { connectionTypeFields } from "./connection-type-view";
import type { FieldValues } from "./connection-values";
import { findAssetByNameOrThrow } from "./find-asset-by-name";
import type { KeyRing } from "./key-ring-for-process";
import { aad } from "./sealed-columns";

export interface RevealedConnection {
  id: string;
  name: string;
  connectionType: string;
  /** Every set field, secrets decrypted. */
  values: FieldValues;
  /** Names of the secret fields, so the caller knows which values to mask. */
  secretFields: string[];
}

/** A connection with its secret fields opened, for the automation API only: a running job's Get-AutomationConnection. */
export async function revealConnection(db: DbOrTx, ring: KeyRing, name: string): Promise<RevealedConnection> {
  const ref = await findAssetByNameOrThrow(db, "connection", name);
  const row = await db.connection.findUniqueOrThrow({ where: { id: ref.id }, include: { connectionType: true } });
  const secrets: FieldValues = row.encryptedSecrets ? JSON.parse(open(ring.all, row.encryptedSecrets, aad.connectionSecrets(row.id))) : {};
  return {
    id: row.id,
    name: row.name,
    connectionType: row.connectionType.name,
    values: { ...(row.values as FieldValues), ...secrets },
    secretFields: connectionTypeFields(row.connectionType).filter((f) => f.isSecret).map((f) => f.name),
  };
}
