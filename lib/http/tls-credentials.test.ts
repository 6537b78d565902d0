import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { selfSignedCertificate } from "@/lib/testing/self-signed-certificate";
import { loadTlsCredentials } from "./tls-credentials";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "baton-tls-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

const first = selfSignedCertificate();
const second = selfSignedCertificate();
const certFile = write("cert.pem", first.cert);
const keyFile = write("key.pem", first.key);

describe("loadTlsCredentials", () => {
  it("returns a matching certificate and key", () => {
    const creds = loadTlsCredentials({ certFile, keyFile });
    expect(creds.cert).toBe(first.cert);
    expect(creds.validTo.getTime()).toBeGreaterThan(Date.now());
  });

  it.each([
    [{ certFile: path.join(dir, "missing.pem"), keyFile }, /^Invalid environment variable BATON_TLS_CERT: cannot read .*missing\.pem \(ENOENT\)$/],
    [{ certFile: keyFile, keyFile }, /^Invalid environment variable BATON_TLS_CERT: .* is not a PEM certificate$/],
    [{ certFile, keyFile: certFile }, /^Invalid environment variable BATON_TLS_KEY: .* is not an unencrypted PEM private key$/],
    [{ certFile, keyFile: write("other-key.pem", second.key) }, /^Invalid environment variable BATON_TLS_KEY: .* does not belong to the certificate in BATON_TLS_CERT$/],
  ])("names the variable for a bad file (%#)", (files, message) => {
    expect(() => loadTlsCredentials(files)).toThrow(message);
  });
});
