import type { DbOrTx } from "@/lib/db";
import { toCertificateView, type CertificateView } from "./certificate-view";
import { findAssetByNameOrThrow } from "./find-asset-by-name";

export async function getCertificate(db: DbOrTx, name: string): Promise<CertificateView> {
  const ref = await findAssetByNameOrThrow(db, "certificate", name);
  return toCertificateView(await db.certificate.findUniqueOrThrow({ where: { id: ref.id } }));
}
