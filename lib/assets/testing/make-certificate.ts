import crypto from "node:crypto";
import forge from "node-forge";

export interface TestCertificate {
  /** DER certificate, base64. */
  cer: string;
  /** PKCS#12 with the certificate and its key, base64. */
  pfx: string;
  thumbprint: string;
}

/**
 * A self-signed RSA certificate for tests, with the validity given. Node generates the key (fast,
 * native); forge builds the certificate and the .pfx, since Node can do neither.
 */
export function makeTestCertificate(opts: { commonName: string; notBefore: Date; notAfter: Date; password: string; algorithm?: "aes256" | "3des" }): TestCertificate {
  const { privateKey } = crypto.generateKeyPairSync("rsa", { modulusLength: 2048 });
  const key = forge.pki.privateKeyFromPem(privateKey.export({ type: "pkcs1", format: "pem" }).toString());
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.setRsaPublicKey(key.n, key.e);
  cert.serialNumber = crypto.randomBytes(8).toString("hex").replace(/^[89a-f]/, "1");
  cert.validity.notBefore = opts.notBefore;
  cert.validity.notAfter = opts.notAfter;
  const name = [{ name: "commonName", value: opts.commonName }, { name: "organizationName", value: "Baton Tests" }];
  cert.setSubject(name);
  cert.setIssuer(name);
  cert.sign(key, forge.md.sha256.create());
  const der = Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes(), "binary");
  const p12 = forge.pkcs12.toPkcs12Asn1(key, [cert], opts.password, { algorithm: opts.algorithm ?? "3des" });
  return {
    cer: der.toString("base64"),
    pfx: Buffer.from(forge.asn1.toDer(p12).getBytes(), "binary").toString("base64"),
    thumbprint: crypto.createHash("sha1").update(der).digest("hex").toUpperCase(),
  };
}
