import crypto from "node:crypto";
import fs from "node:fs";
import { EnvError } from "@/lib/config/env-parse";

export interface TlsCredentials {
  cert: string;
  key: string;
  /** When the certificate stops being valid, for the startup line. */
  validTo: Date;
}

function readPem(variable: string, file: string): string {
  try {
    return fs.readFileSync(file, "utf8");
  } catch (err) {
    throw new EnvError(`Invalid environment variable ${variable}: cannot read ${file} (${(err as NodeJS.ErrnoException).code ?? "error"})`);
  }
}

/**
 * Reads and checks the certificate and key before the server listens, so a wrong path, a non-PEM
 * file or a key from another certificate stops startup with one line naming the variable instead
 * of failing every TLS handshake later.
 */
export function loadTlsCredentials(files: { certFile: string; keyFile: string }): TlsCredentials {
  const cert = readPem("BATON_TLS_CERT", files.certFile);
  const key = readPem("BATON_TLS_KEY", files.keyFile);
  let x509: crypto.X509Certificate;
  try {
    x509 = new crypto.X509Certificate(cert);
  } catch {
    throw new EnvError(`Invalid environment variable BATON_TLS_CERT: ${files.certFile} is not a PEM certificate`);
  }
  let privateKey: crypto.KeyObject;
  try {
    privateKey = crypto.createPrivateKey(key);
  } catch {
    throw new EnvError(`Invalid environment variable BATON_TLS_KEY: ${files.keyFile} is not an unencrypted PEM private key`);
  }
  if (!x509.checkPrivateKey(privateKey)) {
    throw new EnvError(`Invalid environment variable BATON_TLS_KEY: ${files.keyFile} does not belong to the certificate in BATON_TLS_CERT`);
  }
  return { cert, key, validTo: new Date(x509.validTo) };
}
