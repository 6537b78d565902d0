import { execFile } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

export interface TestCertificates {
  /** The throwaway CA's certificate: what a client trusts. */
  caFile: string;
  /** The server's certificate, signed by the CA (BATON_TLS_CERT). */
  certFile: string;
  /** The server's unencrypted private key (BATON_TLS_KEY). */
  keyFile: string;
}

function openssl(args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile("openssl", args, { cwd }, (err, _stdout, stderr) => {
      if (err) reject(new Error(`openssl ${args[0]} failed: ${stderr.trim() || err.message}`));
      else resolve();
    });
  });
}

/**
 * A throwaway CA and a server certificate it signed, valid for two days, for DNS:localhost,
 * IP:127.0.0.1 and each of `ipAddresses` (a host's address in a network namespace). P-256 keys:
 * generated at once, and every TLS stack the tests use accepts them. Written into `dir`.
 */
export async function createTestCertificates(dir: string, { ipAddresses }: { ipAddresses: string[] }): Promise<TestCertificates> {
  for (const address of ipAddresses) {
    if (net.isIP(address) === 0) throw new Error(`createTestCertificates: ${JSON.stringify(address)} is not an IP address`);
  }
  fs.mkdirSync(dir, { recursive: true });
  const files = { caKey: "ca.key", caFile: "ca.crt", keyFile: "server.key", csr: "server.csr", certFile: "server.crt", extensions: "server.ext" };
  const altNames = ["DNS:localhost", ...new Set(["127.0.0.1", ...ipAddresses])].map((name) => (name.startsWith("DNS:") ? name : `IP:${name}`));
  fs.writeFileSync(
    path.join(dir, files.extensions),
    [`subjectAltName=${altNames.join(",")}`, "basicConstraints=critical,CA:FALSE", "keyUsage=critical,digitalSignature", "extendedKeyUsage=serverAuth", ""].join("\n"),
  );
  const newKey = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"];
  await openssl(["req", "-x509", ...newKey, "-keyout", files.caKey, "-out", files.caFile, "-days", "2", "-subj", "/CN=Baton test CA", "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign"], dir);
  await openssl(["req", ...newKey, "-keyout", files.keyFile, "-out", files.csr, "-subj", "/CN=localhost"], dir);
  await openssl(["x509", "-req", "-in", files.csr, "-CA", files.caFile, "-CAkey", files.caKey, "-set_serial", `0x1${crypto.randomBytes(8).toString("hex")}`, "-days", "2", "-extfile", files.extensions, "-out", files.certFile], dir);
  return { caFile: path.join(dir, files.caFile), certFile: path.join(dir, files.certFile), keyFile: path.join(dir, files.keyFile) };
}
