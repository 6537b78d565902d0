import crypto, { X509Certificate, type KeyObject } from "node:crypto";
import forge from "node-forge";
import { AppError } from "@/lib/errors";

export interface ParsedCertificate {
  format: "pfx" | "cer";
  /** The bytes to store: the .pfx as uploaded, or the certificate as DER. */
  bytes: Buffer;
  /** SHA-1 of the DER certificate in upper-case hex, as Windows and X509Certificate2 show it. */
  thumbprint: string;
  subject: string;
  issuer: string;
  notBefore: Date;
  notAfter: Date;
  hasPrivateKey: boolean;
}

const invalid = (field: string, message: string) => new AppError("validation_failed", `${field}: ${message}`, { field });

/**
 * Reads a .cer (DER or PEM X.509) or a .pfx (PKCS#12). Node's X509Certificate reads certificates
 * but not PKCS#12, so node-forge opens the .pfx: it verifies the MAC with SHA-1 or SHA-2 and
 * decrypts the legacy (RC2-40, 3DES) and the OpenSSL 3 / Windows AES (PBES2) bags, which OpenSSL 3
 * itself refuses without its legacy provider. Forge keeps non-RSA certificates and keys as raw
 * ASN.1, so the metadata always comes from Node's X509Certificate and key matching from KeyObject.
 */
export function parseCertificate(bytes: Buffer, password: string | undefined): ParsedCertificate {
  const cer = tryX509(bytes);
  if (cer) {
    if (password !== undefined && password !== "") throw invalid("password", "must not be sent with a .cer certificate (only a .pfx has one)");
    return { format: "cer", bytes: cer.raw, hasPrivateKey: false, ...describe(cer) };
  }
  return parsePfx(bytes, password ?? "");
}

function tryX509(bytes: Buffer): X509Certificate | null {
  try {
    return new X509Certificate(bytes);
  } catch {
    return null;
  }
}

function parsePfx(bytes: Buffer, password: string): ParsedCertificate {
  let p12: forge.pkcs12.Pkcs12Pfx;
  try {
    const asn1 = forge.asn1.fromDer(forge.util.createBuffer(bytes.toString("binary")));
    p12 = forge.pkcs12.pkcs12FromAsn1(asn1, false, password);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (/MAC could not be verified|Invalid password/i.test(message)) {
      throw invalid("password", password ? "is wrong for this .pfx file" : "is required to open this .pfx file");
    }
    throw invalid("data", "is neither an X.509 certificate (.cer) nor a readable PKCS#12 (.pfx) file");
  }
  const certs = bagsOf(p12, forge.pki.oids.certBag).map(certificateOfBag);
  if (certs.length === 0) throw invalid("data", "the .pfx file holds no certificate");
  const keys = [...bagsOf(p12, forge.pki.oids.pkcs8ShroudedKeyBag), ...bagsOf(p12, forge.pki.oids.keyBag)].flatMap(keyOfBag);
  // A .pfx often carries the chain too: the asset is the certificate whose private key is inside,
  // or, with no key, the leaf (the one that issued none of the others).
  const withKey = certs.find((c) => keys.some((k) => c.checkPrivateKey(k)));
  const chosen = withKey ?? certs.find((c) => !certs.some((o) => o !== c && o.checkIssued(c))) ?? certs[0]!;
  return { format: "pfx", bytes, hasPrivateKey: withKey !== undefined, ...describe(chosen) };
}

function bagsOf(p12: forge.pkcs12.Pkcs12Pfx, bagType: string): forge.pkcs12.Bag[] {
  return p12.getBags({ bagType })[bagType] ?? [];
}

function certificateOfBag(bag: forge.pkcs12.Bag): X509Certificate {
  // Forge decodes RSA certificates into objects and leaves others (EC) as ASN.1.
  const asn1 = bag.cert ? forge.pki.certificateToAsn1(bag.cert) : bag.asn1;
  return new X509Certificate(Buffer.from(forge.asn1.toDer(asn1).getBytes(), "binary"));
}

function keyOfBag(bag: forge.pkcs12.Bag): KeyObject[] {
  try {
    const info = bag.key ? forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(bag.key)) : bag.asn1;
    return [crypto.createPrivateKey({ key: Buffer.from(forge.asn1.toDer(info).getBytes(), "binary"), format: "der", type: "pkcs8" })];
  } catch {
    // A key Node cannot read cannot be matched to a certificate; the certificate still loads.
    return [];
  }
}

function describe(cert: X509Certificate): Omit<ParsedCertificate, "format" | "bytes" | "hasPrivateKey"> {
  return {
    thumbprint: cert.fingerprint.replace(/:/g, "").toUpperCase(),
    subject: distinguishedName(cert.subject),
    issuer: distinguishedName(cert.issuer),
    notBefore: new Date(cert.validFrom),
    notAfter: new Date(cert.validTo),
  };
}

/** Node lists RDNs one per line in encoding order; .NET and Windows show them most specific first, comma-separated. */
function distinguishedName(nodeForm: string): string {
  return nodeForm.split("\n").filter(Boolean).reverse().join(", ");
}
