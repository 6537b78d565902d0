import { z } from "zod";
import type { Certificate } from "@/generated/postgresql/client";
import { auditedAssetShape } from "./audited-asset-shape";

/** Within this many days of notAfter a certificate is flagged, so it is renewed before jobs start failing. */
const certificateWarningDays = 30;

const certificateExpiries = ["valid", "expiresSoon", "expired"] as const;
export type CertificateExpiry = (typeof certificateExpiries)[number];

/** What the API shows of a certificate: its metadata, never its bytes or password. */
export const certificateView = z.object({
  ...auditedAssetShape,
  format: z.enum(["pfx", "cer"]),
  thumbprint: z.string(),
  subject: z.string(),
  issuer: z.string(),
  notBefore: z.string(),
  notAfter: z.string(),
  hasPrivateKey: z.boolean(),
  exportable: z.boolean(),
  expiry: z.enum(certificateExpiries),
  daysUntilExpiry: z.number().int(),
});
export type CertificateView = z.infer<typeof certificateView>;

function certificateExpiry(notAfter: Date, now: Date): CertificateExpiry {
  const ms = notAfter.getTime() - now.getTime();
  if (ms <= 0) return "expired";
  return ms <= certificateWarningDays * 86_400_000 ? "expiresSoon" : "valid";
}

/** A .pfx always has its password sealed (an empty one too); a .cer has none. */
export function certificateFormat(row: Pick<Certificate, "encryptedPassword">): "pfx" | "cer" {
  return row.encryptedPassword === null ? "cer" : "pfx";
}

export function toCertificateView(row: Certificate, now = new Date()): CertificateView {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    format: certificateFormat(row),
    thumbprint: row.thumbprint,
    subject: row.subject,
    issuer: row.issuer,
    notBefore: row.notBefore.toISOString(),
    notAfter: row.notAfter.toISOString(),
    hasPrivateKey: row.hasPrivateKey,
    exportable: row.exportable,
    expiry: certificateExpiry(row.notAfter, now),
    daysUntilExpiry: Math.floor((row.notAfter.getTime() - now.getTime()) / 86_400_000),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    createdBy: row.createdBy,
    updatedBy: row.updatedBy,
  };
}
