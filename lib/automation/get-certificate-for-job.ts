import { z } from "zod";
import type { Principal } from "@/lib/auth/principal";
import type { DbOrTx } from "@/lib/db";
import type { KeyRing } from "@/lib/assets/key-ring-for-process";
import { recordAssetAudit } from "@/lib/assets/record-asset-audit";
import { revealCertificate } from "@/lib/assets/reveal-certificate";
import { maskValuesView } from "./secret-values";

/** What the job receives: the certificate opened, and the strings its streams must mask. */
export const certificateForJobView = z.object({
  id: z.string(),
  name: z.string(),
  format: z.enum(["pfx", "cer"]),
  thumbprint: z.string(),
  hasPrivateKey: z.boolean(),
  exportable: z.boolean(),
  data: z.string().describe("The .pfx or DER .cer, base64."),
  password: z.string().nullable().describe("The .pfx password; null for a .cer."),
  maskValues: maskValuesView,
});
export type CertificateForJob = z.infer<typeof certificateForJobView>;

/**
 * Get-AutomationCertificate: the .pfx/.cer bytes and the .pfx password, which the job needs to build
 * an X509Certificate2 with its private key. The bytes are secret only when they hold a private key;
 * a .pfx password always is (passwords get reused). Secret reads are audited and listed for masking.
 */
export async function getCertificateForJob(db: DbOrTx, ring: KeyRing, name: string, job: Principal): Promise<CertificateForJob> {
  const certificate = await revealCertificate(db, ring, name);
  const maskValues = [...(certificate.hasPrivateKey ? [certificate.data] : []), ...(certificate.password ? [certificate.password] : [])];
  if (maskValues.length > 0) await recordAssetAudit(db, job, "certificate.reveal", { kind: "certificate", id: certificate.id, name: certificate.name });
  return { ...certificate, maskValues };
}
