import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadTlsCredentials } from "@/lib/http/tls-credentials";
import { pgAdminUrl } from "../test-db-config";
import { createHostPair, type HostPair } from "./create-host-pair";
import { createTestCertificates, type TestCertificates } from "./create-test-certificates";
import { forwardIntoNamespace } from "./forward-into-namespace";
import { runIp } from "./ip-command";
import { netnsUnavailableReason } from "./netns-support";
import { listNamespaces } from "./list-namespaces";
import { waitForLine } from "./wait-for-line";

const script = (name: string) => path.join(import.meta.dirname, name);
const unavailable = netnsUnavailableReason();
const pgUrl = pgAdminUrl();

function outputOf(child: ChildProcessWithoutNullStreams): Promise<{ code: number | null; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, stdout, stderr })));
}

/** Runs a node script inside a host and returns the JSON line it printed. */
async function runScript(host: HostPair["a"], name: string, args: string[]): Promise<Record<string, unknown>> {
  const { code, stdout, stderr } = await outputOf(host.spawn(process.execPath, [script(name), ...args]));
  expect(code, stderr).toBe(0);
  return JSON.parse(stdout) as Record<string, unknown>;
}

describe.skipIf(unavailable !== null)(`hosts in network namespaces${unavailable ? ` (skipped: ${unavailable})` : ""}`, () => {
  let pair: HostPair;
  let dir: string;
  let certs: TestCertificates;
  let serverUrl: string;

  beforeAll(async () => {
    pair = await createHostPair();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "baton-netns-test-"));
    certs = await createTestCertificates(dir, { ipAddresses: [pair.a.address] });
    const server = pair.a.spawn(process.execPath, [script("https-hello-server.mjs"), pair.a.address, certs.certFile, certs.keyFile]);
    const ready = await waitForLine(server, (line) => line.startsWith("listening "));
    serverUrl = `https://${pair.a.address}:${ready.split(" ")[1]}/`;
  });

  afterAll(async () => {
    await pair?.destroy();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  const fetchFromB = (caFile: string | null) => runScript(pair.b, "https-probe.mjs", [serverUrl, caFile ?? "-", "3000"]);

  it("gives each host its own address on the link, and none in the root namespace", async () => {
    expect(pair.a.address).not.toBe(pair.b.address);
    expect(await runIp(["-n", pair.a.namespace, "-4", "-o", "address", "show", "dev", "baton0"])).toContain(`${pair.a.address}/30`);
    expect(await runIp(["-n", pair.b.namespace, "-4", "-o", "address", "show", "dev", "baton0"])).toContain(`${pair.b.address}/30`);
    expect(await runIp(["-4", "-o", "address", "show"])).not.toContain(pair.a.address);
  });

  it("makes a certificate the web service accepts", () => {
    expect(loadTlsCredentials(certs).validTo.getTime()).toBeGreaterThan(Date.now());
  });

  it("lets a client in B reach an HTTPS server in A at A's address, trusting the test CA only", async () => {
    expect(await fetchFromB(certs.caFile)).toEqual({ ok: true, status: 200, body: "hello" });
    expect(await fetchFromB(null)).toMatchObject({ ok: false, code: "UNABLE_TO_VERIFY_LEAF_SIGNATURE" });
  });

  it("cuts B off while its link is down and reconnects it when the link is back up", async () => {
    await pair.b.setLinkUp(false);
    try {
      expect(await fetchFromB(certs.caFile)).toMatchObject({ ok: false, code: expect.stringMatching(/^(ENETUNREACH|EHOSTUNREACH|ETIMEDOUT)$/) });
    } finally {
      await pair.b.setLinkUp(true);
    }
    expect(await fetchFromB(certs.caFile)).toEqual({ ok: true, status: 200, body: "hello" });
  });

  it.skipIf(!pgUrl)("lets a process in A reach the root namespace's PostgreSQL through a forward", async () => {
    const url = new URL(pgUrl!);
    const port = Number(url.port || 5432);
    url.hostname = "127.0.0.1";
    // The namespace's loopback is its own: without the forward nothing listens there.
    expect(await runScript(pair.a, "pg-select-one.mjs", [url.toString()])).toMatchObject({ ok: false, code: "ECONNREFUSED" });
    const forward = await forwardIntoNamespace(pair.a, { port });
    try {
      expect(await runScript(pair.a, "pg-select-one.mjs", [url.toString()])).toEqual({ ok: true, rows: [{ one: 1 }] });
    } finally {
      await forward.close();
    }
  });

  it("destroys a pair with what runs in it, and sweeps the namespaces of processes that are gone", async () => {
    const gone = spawn(process.execPath, ["-e", ""]);
    await new Promise((resolve) => gone.on("exit", resolve));
    const leftover = `baton-${gone.pid}-0a0b0c-a`;
    await runIp(["netns", "add", leftover]);

    const other = await createHostPair();
    expect(await listNamespaces()).not.toContain(leftover);
    const names = [other.a.namespace, other.b.namespace];
    expect(await listNamespaces()).toEqual(expect.arrayContaining(names));
    const sleeper = other.b.spawn("sleep", ["600"]);
    const exited = new Promise((resolve) => sleeper.on("exit", (_code, signal) => resolve(signal)));
    const forward = await forwardIntoNamespace(other.a, { port: 5432 });

    await other.destroy();
    expect(await exited).toBe("SIGKILL");
    // Its forwarder died with the host; closing the forward afterwards is harmless.
    await forward.close();
    const after = await listNamespaces();
    for (const name of names) expect(after).not.toContain(name);
  });
});
