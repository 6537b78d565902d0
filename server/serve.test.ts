import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPublishedRunbook, createWorkerRow, startJobs } from "@/lib/jobs/testing/job-fixtures";
import { transitionJob } from "@/lib/jobs/transition-job";
import { claimJobs } from "@/lib/queue/claim-jobs";
import { scheduleSoon } from "@/lib/schedules/testing/schedule-soon";
import { selfSignedCertificate } from "@/lib/testing/self-signed-certificate";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { ensureFirstAdmin } from "@/lib/users/ensure-first-admin";
import { request } from "./testing/https-request";
import { signIn } from "./testing/sign-in";
import { freePort, runServedToExit, startServed, type Served } from "./testing/start-served";

const root = path.resolve(import.meta.dirname, "..");
const built = fs.existsSync(path.join(root, ".next", "BUILD_ID"));
if (!built) console.warn("server/serve.test.ts skipped: no production build in .next (run `next build` first; `npm test` does)");

const admin = { username: "tls-admin", password: "tls-admin-password-1" };
const secret = "served-test-secret-not-for-production-0123456789";

describe.skipIf(!built)("production server entry", () => {
  let testDb: TestDb;
  let dir: string;
  let tlsServer: Served;
  let proxiedServer: Served;
  const { cert, key } = selfSignedCertificate();

  beforeAll(async () => {
    testDb = await createTestDb("sqlite");
    await ensureFirstAdmin(testDb.db, admin);
    // For the servers' first retention check, 30 s after they start.
    await testDb.db.auditEvent.create({ data: { actorKind: "system", action: "test.old", at: new Date(Date.now() - 400 * 24 * 3_600_000) } });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "baton-served-"));
    fs.writeFileSync(path.join(dir, "cert.pem"), cert);
    fs.writeFileSync(path.join(dir, "key.pem"), key);
    const common = { DATABASE_URL: testDb.url, BATON_DATA_DIR: dir, BATON_SECRET: secret };
    const tlsPort = await freePort();
    tlsServer = await startServed({ ...common, PORT: String(tlsPort), BATON_TLS_CERT: path.join(dir, "cert.pem"), BATON_TLS_KEY: path.join(dir, "key.pem") });
    const proxiedPort = await freePort();
    proxiedServer = await startServed({ ...common, PORT: String(proxiedPort), BATON_URL: "https://baton.example.com", BATON_TRUST_PROXY: "true" });
  });

  afterAll(async () => {
    await tlsServer?.stop();
    await proxiedServer?.stop();
    await testDb?.drop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  const tlsBase = () => `https://127.0.0.1:${tlsServer.port}`;
  const proxiedBase = () => `http://127.0.0.1:${proxiedServer.port}`;

  async function lastSignInAddress(): Promise<string | null> {
    const event = await testDb.db.auditEvent.findFirst({ where: { action: "auth.sign_in" }, orderBy: { id: "desc" } });
    return event?.sourceAddress ?? null;
  }

  it("serves the portal over TLS with the configured certificate, HSTS and a nonce-based CSP", async () => {
    const res = await request(`${tlsBase()}/login`, { ca: cert });
    expect(res.status).toBe(200);
    expect(res.authorized).toBe(true);
    expect(res.headers["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["x-frame-options"]).toBe("DENY");
    const nonce = /'nonce-([^']+)'/.exec(String(res.headers["content-security-policy"]))?.[1];
    expect(nonce).toBeTruthy();
    // Next put the same nonce on its scripts, so they run under the policy.
    expect(res.body).toContain(`nonce="${nonce}"`);
    const again = await request(`${tlsBase()}/login`, { ca: cert });
    expect(String(again.headers["content-security-policy"])).not.toContain(nonce!);
  });

  it("refuses a client that does not trust the certificate", async () => {
    await expect(request(`${tlsBase()}/login`)).rejects.toThrow(/self-signed|self signed/);
  });

  it("signs in over HTTPS with a Secure, HttpOnly, SameSite=Lax, __Secure- session cookie", async () => {
    const res = await signIn(tlsBase(), admin, { ca: cert });
    expect(res.status).toBe(302);
    const session = (res.headers["set-cookie"] ?? []).find((c) => c.startsWith("__Secure-next-auth.session-token="));
    expect(session).toBeDefined();
    expect(session).toMatch(/; HttpOnly/i);
    expect(session).toMatch(/; Secure/i);
    expect(session).toMatch(/; SameSite=Lax/i);
    const cookie = session!.split(";")[0]!;
    expect((await request(`${tlsBase()}/api/v1/me`, { ca: cert, headers: { cookie } })).status).toBe(200);
    // The same token under the unprefixed name could have been planted over plain HTTP: not accepted.
    const planted = cookie.replace("__Secure-", "");
    expect((await request(`${tlsBase()}/api/v1/me`, { ca: cert, headers: { cookie: planted } })).status).toBe(401);
  });

  it("ignores X-Forwarded-* when no proxy is trusted", async () => {
    const res = await signIn(tlsBase(), { ...admin, password: "wrong-password-1234" }, { ca: cert, headers: { "x-forwarded-for": "6.6.6.6", "x-forwarded-proto": "http" } });
    expect(res.headers["strict-transport-security"]).toBeDefined();
    expect(await lastSignInAddress()).toBe("127.0.0.1");
  });

  it("believes the trusted proxy's X-Forwarded-For and X-Forwarded-Proto", async () => {
    const viaHttps = await request(`${proxiedBase()}/login`, { headers: { "x-forwarded-proto": "https" } });
    expect(viaHttps.headers["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
    const viaHttp = await request(`${proxiedBase()}/login`, { headers: { "x-forwarded-proto": "http" } });
    expect(viaHttp.headers["strict-transport-security"]).toBeUndefined();
    await signIn(proxiedBase(), { ...admin, password: "wrong-password-1234" }, { headers: { "x-forwarded-for": "6.6.6.6, 203.0.113.9", "x-forwarded-proto": "https" } });
    expect(await lastSignInAddress()).toBe("203.0.113.9");
  });

  it("reaps a lost worker's job by itself, with no worker left and no request that asks", async () => {
    const worker = await createWorkerRow(testDb.db, { group: "served-lost" });
    const runbook = await createPublishedRunbook(testDb.db);
    const [jobId] = await startJobs(testDb.db, runbook.id, 1, { runOn: worker.group });
    await claimJobs(testDb.db, worker);
    await transitionJob(testDb.db, jobId!, "Running", { workerId: worker.id });
    await testDb.db.job.update({ where: { id: jobId }, data: { leaseExpiresAt: new Date(Date.now() - 1) } });
    const deadline = Date.now() + 60_000;
    let job = await testDb.db.job.findUniqueOrThrow({ where: { id: jobId } });
    while (job.status === "Running" && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      job = await testDb.db.job.findUniqueOrThrow({ where: { id: jobId } });
    }
    expect(job.status).toBe("Failed");
    expect(job.statusReason).toMatch(new RegExp(`^The worker ${worker.name} was lost`));
  });

  // Both servers run the scheduler on one database, as two web processes (or a web process and workers) do.
  it("starts a due schedule's jobs by itself, one per occurrence, with no worker at all", async () => {
    const schedule = await scheduleSoon(testDb.db, 1_500, { links: 2 });
    // Generous: each server's first start waits for its PowerShell helper to compile and start.
    await expect.poll(() => testDb.db.scheduleOccurrence.count({ where: { scheduleId: schedule.id } }), { timeout: 90_000 }).toBe(2);
    // Each job commits with its occurrence row, so a server that lost the row's unique key made none.
    const jobs = await testDb.db.job.findMany({ where: { scheduleId: schedule.id }, select: { status: true, startedByKind: true } });
    expect(jobs).toEqual([
      { status: "Queued", startedByKind: "schedule" },
      { status: "Queued", startedByKind: "schedule" },
    ]);
  });

  it("purges old history by itself", async () => {
    const purges = () => testDb.db.auditEvent.findMany({ where: { action: "retention.purge" }, select: { actorKind: true, actorName: true } });
    await expect.poll(purges, { timeout: 90_000 }).toEqual([{ actorKind: "system", actorName: expect.stringMatching(/^web service .+-\d+$/) }]);
    expect(await testDb.db.auditEvent.count({ where: { action: "test.old" } })).toBe(0);
  });

  it("refuses to start with a one-line error naming the bad TLS variable", async () => {
    const result = await runServedToExit({ DATABASE_URL: testDb.url, BATON_DATA_DIR: dir, BATON_TLS_CERT: path.join(dir, "missing.pem"), BATON_TLS_KEY: path.join(dir, "key.pem") });
    expect(result.code).toBe(1);
    expect(result.output).toBe(`Invalid environment variable BATON_TLS_CERT: cannot read ${path.join(dir, "missing.pem")} (ENOENT)`);
  });
});
