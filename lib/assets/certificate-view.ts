import type { Certificate } from "@/generated/postgresql/client";

/** Within this many days of notAfter a certificate is flagged, so it is renewed before jobs start failing. */
export const certificateWarningDays = 30;

export type CertificateExpiry = "valid" | "expiresSoon" | "expired";

/** What the API shows of a certificate: its metadata, never its bytes or password. */
export interface CertificateView {
  id: string;
  name: string;
  description: string;
  format: "pfx" | "cer";
  thumbprint: string;
  subject: string;
  issuer: string;
  notBefore: string;
  notAfter: string;
  hasPrivateKey: boolean;
  exportable: boolean;
  expiry: CertificateExpiry;
  daysUntilExpiry: number;
  createdAt: string;
  updatedAt: string;
  createdBy: string | null;
  updatedBy: string | null;
}

export function certificateExpiry(notAfter: Date, now: Date): CertificateExpiry {
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
