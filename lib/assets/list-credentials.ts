import type { DbOrTx } from "@/lib/db";
import { toCredentialView, type CredentialView } from "./credential-view";

export async function listCredentials(db: DbOrTx): Promise<CredentialView[]> {
  const rows = await db.credential.findMany({ orderBy: { name: "asc" } });
  return rows.map(toCredentialView);
}
