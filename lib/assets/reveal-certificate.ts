import { open } from "@/lib/crypto/secret-box";
import type { DbOrTx } from "@/lib/db";
import { certificateFormat } from "./certificate-view";
import { findAssetByNameOrThrow } from "./find-asset-by-name";
import type { KeyRing } from "./key-ring-for-process";
import { aad } from "./sealed-columns";

export interface RevealedCertificate {
  id: string;
  name: string;
  format: "pfx" | "cer";
  thumbprint: string;
  hasPrivateKey: boolean;
  exportable: boolean;
  /** The .pfx or DER .cer, base64. */
  data: string;
  /** The .pfx password; null for a .cer. */
  password: string | null;
}

/**
 * The certificate's bytes and password, for the automation API only: Get-AutomationCertificate
 * builds an X509Certificate2 with its private key in the job, which needs both. `exportable` is
 * passed on so the module loads the key exportable only when the asset allows it.
 */
export async function revealCertificate(db: DbOrTx, ring: KeyRing, name: string): Promise<RevealedCertificate> {
  const ref = await findAssetByNameOrThrow(db, "certificate", name);
  const row = await db.certificate.findUniqueOrThrow({ where: { id: ref.id } });
  return {
    id: row.id,
    name: row.name,
    format: certificateFormat(row),
    thumbprint: row.thumbprint,
    hasPrivateKey: row.hasPrivateKey,
    exportable: row.exportable,
    data: open(ring.all, row.encryptedData, aad.certificateData(row.id)),
    password: row.encryptedPassword === null ? null : open(ring.all, row.encryptedPassword, aad.certificatePassword(row.id)),
  };
}
