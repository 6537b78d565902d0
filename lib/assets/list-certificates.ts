import type { DbOrTx } from "@/lib/db";
import { toCertificateView, type CertificateView } from "./certificate-view";

export async function listCertificates(db: DbOrTx): Promise<CertificateView[]> {
  const rows = await db.certificate.findMany({ orderBy: { name: "asc" } });
  const now = new Date();
  return rows.map((r) => toCertificateView(r, now));
}
