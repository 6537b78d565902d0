import type { ChildProcessWithoutNullStreams } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/auth/principal";
import type { DbProvider } from "@/lib/config/database-url";
import { createPublishedRunbook, startJobs } from "@/lib/jobs/testing/job-fixtures";
import { createHostPair, type HostPair } from "@/lib/testing/netns/create-host-pair";
import { createTestCertificates, type TestCertificates } from "@/lib/testing/netns/create-test-certificates";
import { forwardIntoNamespace, type NamespaceForward } from "@/lib/testing/netns/forward-into-namespace";
import { netnsUnavailableReason } from "@/lib/testing/netns/netns-support";
import { skipPwsh } from "@/lib/testing/test-pwsh";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import { createRegistrationToken } from "@/lib/workers/registration-tokens/create-registration-token";
import { revokeRegistrationToken } from "@/lib/workers/registration-tokens/revoke-registration-token";
import { startServed, type Served } from "./testing/start-served";

const root = path.resolve(import.meta.dirname, "..");
const built = fs.existsSync(path.join(root, ".next", "BUILD_ID"));
const unavailable = !built ? "no production build in .next (run `next build` first; `npm test` does)" : netnsUnavailableReason();
if (unavailable) console.warn(`server/remote-worker.test.ts skipped: ${unavailable}`);

const secret = "remote-worker-test-secret-not-for-production-0123456789";
const admin: Principal = { kind: "user", userId: null, name: "admin", grants: [{ role: "Administrator", scopeTag: null }] };
const group = "branch-office";
const port = 8443;
const linkCutOn: DbProvider = testProviders.includes("postgresql") ? "postgresql" : "sqlite";

/** A process's output as lines, with a wait for the first line a predicate accepts, woken by the output itself. */
function followLines(child: ChildProcessWithoutNullStreams) {
  const lines: string[] = [];
  const waiters: { matches: (line: string) => boolean; resolve: (line: string) => void }[] = [];
  let pending = "";
  const onData = (chunk: Buffer) => {
    pending += chunk.toString();
    const complete = pending.split("\n");
    pending = complete.pop() ?? "";
    for (const line of complete) {
      lines.push(line);
      for (const waiter of waiters.splice(0)) {
        if (waiter.matches(line)) waiter.resolve(line);
        else waiters.push(waiter);
      }
    }
  };
  child.stdout.on("data", onData);
  child.stderr.on("data", onData);
  return {
    lines,
    /** The first line, already printed or still to come, that `matches` accepts. */
    next(matches: (line: string) => boolean): Promise<string> {
      const seen = lines.find(matches);
      if (seen !== undefined) return Promise.resolve(seen);
      return new Promise((resolve) => waiters.push({ matches, resolve }));
    },
  };
}

// The picture: the web service on one host, a remote worker on another that reaches it only
// through a link between the two (a veth pair between two network namespaces), over HTTPS with a
// private CA. The worker has a URL, a token and that CA: no database, no secret.
describe.skipIf(Boolean(unavailable) || skipPwsh).each(testProviders)("a remote worker in its own network namespace, on %s", (provider: DbProvider) => {
  let t: TestDb;
  let pair: HostPair;
  let certificates: TestCertificates;
  let forward: NamespaceForward | undefined;
  let web: Served;
  let worker: ChildProcessWithoutNullStreams;
  let workerOutput: ReturnType<typeof followLines>;
  let tokenId: string;
  let baseUrl: string;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "baton-remote-worker-"));
  const workerName = `remote-${provider}-${process.pid}`;

  beforeAll(async () => {
    t = await createTestDb(provider);
    pair = await createHostPair();
    certificates = await createTestCertificates(dir, { ipAddresses: [pair.a.address] });
    // The web service's host reaches PostgreSQL (on this host's loopback) through a bridge; SQLite is a file.
    if (provider === "postgresql") forward = await forwardIntoNamespace(pair.a, { port: Number(new URL(t.url).port || 5432) });
    baseUrl = `https://${pair.a.address}:${port}`;
    web = await startServed(
      {
        DATABASE_URL: t.url,
        BATON_DATA_DIR: path.join(dir, "web"),
        BATON_SECRET: secret,
        BATON_HOST: pair.a.address,
        PORT: String(port),
        BATON_URL: baseUrl,
        BATON_TLS_CERT: certificates.certFile,
        BATON_TLS_KEY: certificates.keyFile,
      },
      (command, args, options) => pair.a.spawn(command, args, options),
    );
    await t.db.workerGroup.create({ data: { name: group } });
    const created = await createRegistrationToken(t.db, admin, group, { name: "netns", expiresInDays: 1 });
    tokenId = created.id;
    worker = pair.b.spawn(process.execPath, ["--import", "tsx", "worker/index.ts"], {
      cwd: root,
      env: {
        NODE_ENV: "production",
        PATH: process.env.PATH,
        BATON_URL: baseUrl,
        BATON_WORKER_TOKEN: created.token,
        BATON_CA_FILE: certificates.caFile,
        BATON_WORKER_NAME: workerName,
        BATON_WORKER_GROUP: group,
        BATON_WORKER_POOL_SIZE: "1",
        BATON_DATA_DIR: path.join(dir, "worker"),
      },
    });
    workerOutput = followLines(worker);
    await workerOutput.next((line) => line.includes("online:") || line.startsWith("Error"));
    const online = workerOutput.lines.find((line) => line.includes("online:"));
    if (!online) throw new Error(`the remote worker did not come online:\n${workerOutput.lines.join("\n")}`);
  }, 240_000);

  afterAll(async () => {
    if (worker && worker.exitCode === null) worker.kill("SIGKILL");
    await web?.stop();
    await forward?.close();
    await pair?.destroy();
    await t?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function waitFor(jobId: string, statuses: string[], timeoutMs = 90_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const job = await t.db.job.findUniqueOrThrow({ where: { id: jobId }, include: { streams: { orderBy: { seq: "asc" } } } });
      if (statuses.includes(job.status)) return job;
      if (Date.now() > deadline) throw new Error(`job is ${job.status} (${job.statusReason}), expected ${statuses.join("|")}\nworker:\n${workerOutput.lines.slice(-40).join("\n")}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  it("registers over HTTPS with nothing but the URL, a token and the CA, and runs a job to Completed", async () => {
    expect(workerOutput.lines.join("\n")).toContain(`web service ${baseUrl} (remote worker)`);
    const row = await t.db.worker.findUniqueOrThrow({ where: { name: workerName }, include: { group: true } });
    expect(row).toMatchObject({ transport: "https", address: pair.b.address, state: "online", group: { name: group } });
    const rb = await createPublishedRunbook(t.db, { content: "param([string]$Name)\n\"Hello $Name from $([Environment]::MachineName)\"\nWrite-Warning 'careful'" });
    const [jobId] = await startJobs(t.db, rb.id, 1, { parameters: { Name: "branch" }, runOn: group });
    const job = await waitFor(jobId!, ["Completed", "Failed"]);
    expect(job.status).toBe("Completed");
    expect(job.workerId).toBe(row.id);
    expect(job.streams.map((s) => [s.type, s.text])).toEqual(
      expect.arrayContaining([
        ["output", expect.stringMatching(/^Hello branch from /)],
        ["warning", "careful"],
      ]),
    );
  });

  // What happens to a lost worker's jobs is the database's business (lib/queue, on both); the cut is
  // played out on the production target alone, to keep CI within its time.
  it.runIf(provider === linkCutOn)("loses a job whose worker's link goes down, and fences the worker's stale run when the link comes back", async () => {
    const rb = await createPublishedRunbook(t.db, { content: "'started'\nStart-Sleep -Seconds 600\n'never'" });
    const [jobId] = await startJobs(t.db, rb.id, 1, { runOn: group });
    await expect.poll(async () => (await waitFor(jobId!, ["Running"])).streams.some((s) => s.text === "started"), { timeout: 90_000 }).toBe(true);

    await pair.b.setLinkUp(false);
    const cutAt = Date.now();
    // The lease (15 s) runs out, then the web service's reaper (every 10 s) resolves the job: 26 s at
    // most on a quiet machine; the bound here only gives up on a job that is never resolved.
    const lost = await waitFor(jobId!, ["Failed", "Completed", "Stopped"], 90_000);
    console.log(`remote worker cut off: its job was resolved ${((Date.now() - cutAt) / 1000).toFixed(1)} s after the link went down (${provider})`);
    expect(lost.status).toBe("Failed");
    expect(lost.statusReason).toMatch(/worker/i);
    const recordsWhenLost = lost.streams.length;

    await pair.b.setLinkUp(true);
    // The first renewal that gets through learns the attempt is lost; the worker ends its PowerShell.
    await workerOutput.next((line) => line.includes(jobId!) && /resolved elsewhere|no longer this worker's/.test(line));
    const after = await t.db.job.findUniqueOrThrow({ where: { id: jobId! }, include: { streams: true } });
    expect(after.status).toBe("Failed");
    expect(after.streams).toHaveLength(recordsWhenLost);
    expect(after.streams.some((s) => s.text === "never")).toBe(false);

    // And the worker, back on the network, takes new jobs.
    const next = await createPublishedRunbook(t.db, { content: "'back'" });
    const [nextId] = await startJobs(t.db, next.id, 1, { runOn: group });
    expect((await waitFor(nextId!, ["Completed", "Failed"])).status).toBe("Completed");
  });

  it("stops the worker at its next call once its token is revoked", async () => {
    await revokeRegistrationToken(t.db, admin, group, tokenId);
    await workerOutput.next((line) => line.includes("refused this worker's registration token"));
    const code = worker.exitCode ?? (await new Promise<number | null>((resolve) => worker.once("exit", resolve)));
    expect(code).toBe(1);
  });
});
