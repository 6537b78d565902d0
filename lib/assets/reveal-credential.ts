import { open } from "@/lib/crypto/secret-box";
import type { DbOrTx } from "@/lib/db";
import { findAssetByNameOrThrow } from "./find-asset-by-name";
import type { KeyRing } from "./key-ring-for-process";
import { aad } from "./sealed-columns";

export interface RevealedCredential {
  id: string;
  name: string;
  userName: string;
  password: string;
}

/** User name and decrypted password, for the automation API only: a running job's Get-AutomationPSCredential. */
export async function revealCredential(db: DbOrTx, ring: KeyRing, name: string): Promise<RevealedCredential> {
  const ref = await findAssetByNameOrThrow(db, "credential", name);
  const row = await db.credential.findUniqueOrThrow({ where: { id: ref.id } });
  return { id: row.id, name: row.name, userName: row.userName, password: open(ring.all, row.encryptedPassword, aad.credentialPassword(row.id)) };
}
