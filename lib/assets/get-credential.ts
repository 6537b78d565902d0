import type { DbOrTx } from "@/lib/db";
import { toCredentialView, type CredentialView } from "./credential-view";
import { findAssetByNameOrThrow } from "./find-asset-by-name";

export async function getCredential(db: DbOrTx, name: string): Promise<CredentialView> {
  const ref = await findAssetByNameOrThrow(db, "credential", name);
  return toCredentialView(await db.credential.findUniqueOrThrow({ where: { id: ref.id } }));
}
