import { seal } from "@/lib/crypto/secret-box";
import type { KeyRing } from "./key-ring-for-process";
import { parseCertificate } from "./parse-certificate";
import { aad } from "./sealed-columns";

/** Parses an upload and returns the columns that describe and hold it (bytes and password sealed). */
export function certificateColumns(ring: KeyRing, id: string, base64: string, password: string | undefined) {
  const parsed = parseCertificate(Buffer.from(base64.replace(/\s+/g, ""), "base64"), password);
  return {
    thumbprint: parsed.thumbprint,
    subject: parsed.subject,
    issuer: parsed.issuer,
    notBefore: parsed.notBefore,
    notAfter: parsed.notAfter,
    hasPrivateKey: parsed.hasPrivateKey,
    encryptedData: seal(ring.current, parsed.bytes.toString("base64"), aad.certificateData(id)),
    encryptedPassword: parsed.format === "pfx" ? seal(ring.current, password ?? "", aad.certificatePassword(id)) : null,
  };
}
