import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/auth/principal";
import { jobActivityApplicationName } from "@/lib/db/job-activity-listener";
import { appendJobStreams } from "@/lib/jobs/append-job-streams";
import { createPublishedRunbook, createWorkerRow, startJobs, type RunbookFixture } from "@/lib/jobs/testing/job-fixtures";
import { transitionJob } from "@/lib/jobs/transition-job";
import { claimJobs } from "@/lib/queue/claim-jobs";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { ensureFirstAdmin } from "@/lib/users/ensure-first-admin";
import { createWebhook } from "@/lib/webhooks/create-webhook";
import { createWebhookSchema } from "@/lib/webhooks/schemas";
import { request, type PlainResponse } from "./testing/https-request";
import { signIn } from "./testing/sign-in";
import { freePort, startServed, type Served } from "./testing/start-served";

const root = path.resolve(import.meta.dirname, "..");
const built = fs.existsSync(path.join(root, ".next", "BUILD_ID"));
if (!built) console.warn("server/n-way.test.ts skipped: no production build in .next (run `next build` first; `npm test` does)");

const admin = { username: "n-way-admin", password: "n-way-admin-password-1" };
const secret = "n-way-test-secret-not-for-production-0123456789";
// As low as it goes, so the second call of the minute is already refused: a limit kept per process
// would let each process's first call through.
const webhookRatePerMinute = 1;

interface RoundRobinProxy {
  url: string;
  /** Which backend (index into the ports) served each request, in arrival order. */
  served: { path: string; backend: number }[];
  close(): Promise<void>;
}

/** The balancer in front of the web processes: each request to the next one, bodies streamed both ways. */
async function startRoundRobinProxy(port: number, backendPorts: number[]): Promise<RoundRobinProxy> {
  const served: RoundRobinProxy["served"] = [];
  let next = 0;
  const server = http.createServer((req, res) => {
    const backend = next++ % backendPorts.length;
    served.push({ path: req.url ?? "", backend });
    const upstream = http.request({ host: "127.0.0.1", port: backendPorts[backend], method: req.method, path: req.url, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on("error", () => res.destroy());
    // A client that leaves a live stream must end it at the backend too, as a real balancer does.
    res.on("close", () => upstream.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    served,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

interface SseEvent {
  event?: string;
  id?: string;
  data?: string;
}

interface FollowedStream {
  events: SseEvent[];
  ended: Promise<void>;
  close(): void;
}

/** Reads a text/event-stream as it arrives, so a test can wait for events while the stream stays open. */
async function followEventStream(url: string, headers: Record<string, string>): Promise<FollowedStream> {
  const events: SseEvent[] = [];
  const req = http.get(url, { headers: { ...headers, accept: "text/event-stream" } });
  const res = await new Promise<http.IncomingMessage>((resolve, reject) => {
    req.once("response", resolve);
    req.once("error", reject);
  });
  if (res.statusCode !== 200) throw new Error(`${url} answered ${res.statusCode}`);
  let buffered = "";
  res.setEncoding("utf8");
  res.on("data", (chunk: string) => {
    buffered += chunk;
    for (let end = buffered.indexOf("\n\n"); end >= 0; end = buffered.indexOf("\n\n")) {
      const lines = buffered.slice(0, end).split("\n");
      buffered = buffered.slice(end + 2);
      const fields = lines.filter((l) => !l.startsWith(":")).map((l) => [l.slice(0, l.indexOf(":")), l.slice(l.indexOf(":") + 2)]);
      if (fields.length > 0) events.push(Object.fromEntries(fields) as SseEvent);
    }
  });
  const ended = new Promise<void>((resolve) => res.once("end", resolve));
  return { events, ended, close: () => req.destroy() };
}

const jsonOf = (res: PlainResponse): unknown => JSON.parse(res.body);

describe.skipIf(!built)("the web service N-way: two processes behind a round-robin proxy", () => {
  let testDb: TestDb;
  const dirs: string[] = [];
  const servers: Served[] = [];
  let proxy: RoundRobinProxy;
  let runbook: RunbookFixture;
  let principal: Principal;
  let bearer: Record<string, string>;

  beforeAll(async () => {
    testDb = await createTestDb("postgresql");
    const first = await ensureFirstAdmin(testDb.db, admin);
    if (!first.created) throw new Error("a fresh test database already had users");
    principal = { kind: "user", userId: first.userId, name: admin.username, grants: [{ role: "Administrator", scopeTag: null }] };
    bearer = { authorization: `Bearer ${(await createApiToken(testDb.db, principal, { name: "n-way", expiresInDays: 1 })).token}` };
    const [proxyPort, ...backendPorts] = await Promise.all([freePort(), freePort(), freePort()]);
    proxy = await startRoundRobinProxy(proxyPort!, backendPorts);
    // Each process has its own data folder: what they share is the database and the secret alone.
    const start = async (port: number) => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "baton-n-way-"));
      dirs.push(dir);
      const env = { DATABASE_URL: testDb.url, BATON_DATA_DIR: dir, BATON_SECRET: secret, PORT: String(port), BATON_URL: proxy.url, BATON_WEBHOOK_RATE_PER_MINUTE: String(webhookRatePerMinute) };
      servers.push(await startServed(env));
    };
    [runbook] = await Promise.all([createPublishedRunbook(testDb.db), ...backendPorts.map(start)]);
    // Two production servers and a PowerShell helper start side by side: on a busy machine that
    // takes longer than one server's start, which the configured hook timeout is sized for.
  }, 240_000);

  afterAll(async () => {
    await proxy?.close();
    await Promise.all(servers.map((s) => s.stop()));
    await testDb?.drop();
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  /** `count` requests one after another through the proxy, so they alternate between the processes. */
  async function alternately(count: number, url: string, options: Parameters<typeof request>[1] = {}): Promise<PlainResponse[]> {
    const answers: PlainResponse[] = [];
    for (let i = 0; i < count; i++) answers.push(await request(url, options));
    return answers;
  }

  /** The backends that served the requests to `pathPrefix` since the log had `from` entries. */
  const backendsOf = (pathPrefix: string, from = 0) => proxy.served.slice(from).filter((s) => s.path.startsWith(pathPrefix)).map((s) => s.backend);

  it("accepts a session signed in through the processes in turn on each of them", async () => {
    const from = proxy.served.length;
    const signedIn = await signIn(proxy.url, admin);
    expect(signedIn.status).toBe(302);
    // The CSRF cookie came from one process and the form post it guards went to the other.
    expect(new Set(backendsOf("/api/auth/", from))).toEqual(new Set([0, 1]));
    const cookie = (signedIn.headers["set-cookie"] ?? []).find((c) => c.startsWith("next-auth.session-token="))?.split(";")[0];
    expect(cookie).toBeDefined();
    const me = await alternately(4, `${proxy.url}/api/v1/me`, { headers: { cookie: cookie! } });
    expect(new Set(backendsOf("/api/v1/me", from))).toEqual(new Set([0, 1]));
    expect(me.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    expect(jsonOf(me[0]!)).toMatchObject({ kind: "user", name: admin.username });
    expect(new Set(me.map((r) => r.body)).size).toBe(1);
  });

  it("accepts an API token on both, and lists on one the runbook created through the other", async () => {
    const from = proxy.served.length;
    const me = await alternately(2, `${proxy.url}/api/v1/me`, { headers: bearer });
    expect(me.map((r) => r.status)).toEqual([200, 200]);
    expect(me[0]!.body).toBe(me[1]!.body);
    const created = await request(`${proxy.url}/api/v1/runbooks`, {
      method: "POST",
      headers: { ...bearer, "content-type": "application/json" },
      body: JSON.stringify({ name: "Made-Through-One", content: "Write-Output 'n-way'" }),
    });
    expect(created.status).toBe(201);
    const lists = await alternately(2, `${proxy.url}/api/v1/runbooks`, { headers: bearer });
    const [creator, ...listers] = backendsOf("/api/v1/runbooks", from);
    expect(listers).toEqual([1 - creator!, creator]);
    expect(lists.map((r) => r.status)).toEqual([200, 200]);
    expect(lists[0]!.body).toBe(lists[1]!.body);
    expect(jsonOf(lists[0]!)).toMatchObject({ items: expect.arrayContaining([expect.objectContaining({ name: "Made-Through-One" })]) });
  });

  it("shares the webhook rate limit: past it, both refuse, as one process would", async () => {
    const { url } = await createWebhook(testDb.db, principal, runbook.id, createWebhookSchema.parse({ name: "n-way" }), { baseUrl: proxy.url });
    const from = proxy.served.length;
    const calls = await alternately(4, url, { method: "POST", body: "{}" });
    expect(new Set(backendsOf("/api/v1/webhooks/", from))).toEqual(new Set([0, 1]));
    expect(calls.map((r) => r.status)).toEqual([202, 429, 429, 429]);
    expect(calls.slice(1).every((r) => Number(r.headers["retry-after"]) > 0)).toBe(true);
    expect(await testDb.db.job.count({ where: { startedByKind: "webhook" } })).toBe(1);
  });

  it("streams a job's records live through either process, woken by the database's NOTIFY of another process's write", async () => {
    const worker = await createWorkerRow(testDb.db, { group: "n-way" });
    const [jobId] = await startJobs(testDb.db, runbook.id, 1, { runOn: worker.group });
    await claimJobs(testDb.db, worker);
    await transitionJob(testDb.db, jobId!, "Running", { workerId: worker.id });
    const live = `${proxy.url}/api/v1/jobs/${jobId}/streams/live`;
    const from = proxy.served.length;
    const streams = [await followEventStream(live, bearer), await followEventStream(live, bearer)];
    try {
      expect(backendsOf(live.slice(proxy.url.length), from).sort()).toEqual([0, 1]);
      await expect.poll(() => streams.map((s) => s.events.map((e) => e.event)), { timeout: 30_000 }).toEqual([["status"], ["status"]]);
      // Each process follows through its one LISTEN connection, so this write reaches both by NOTIFY.
      const listeners = () => testDb.db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = ${jobActivityApplicationName}`;
      await expect.poll(async () => (await listeners())[0]!.n, { timeout: 30_000 }).toBe(2);
      await appendJobStreams(testDb.db, jobId!, [{ type: "output", ts: new Date(), text: "written by the test process" }], 1_000_000);
      await expect.poll(() => streams.map((s) => s.events.map((e) => e.event)), { timeout: 30_000 }).toEqual([
        ["status", "record"],
        ["status", "record"],
      ]);
      await transitionJob(testDb.db, jobId!, "Completed", { workerId: worker.id });
      await Promise.all(streams.map((s) => s.ended));
      for (const { events } of streams) {
        expect(events.map((e) => e.event)).toEqual(["status", "record", "status"]);
        expect(JSON.parse(events[1]!.data!)).toMatchObject([{ seq: 1, type: "output", text: "written by the test process" }]);
        expect(JSON.parse(events[2]!.data!)).toMatchObject({ status: "Completed" });
      }
    } finally {
      for (const s of streams) s.close();
    }
  });

  it("answers liveness and readiness on both", async () => {
    let from = proxy.served.length;
    const health = await alternately(2, `${proxy.url}/api/v1/health`);
    expect(backendsOf("/api/v1/health", from).sort()).toEqual([0, 1]);
    from = proxy.served.length;
    const ready = await alternately(2, `${proxy.url}/api/v1/health/ready`);
    expect(backendsOf("/api/v1/health/ready", from).sort()).toEqual([0, 1]);
    expect(health.map((r) => [r.status, jsonOf(r)])).toEqual([
      [200, { status: "ok" }],
      [200, { status: "ok" }],
    ]);
    expect(ready.map((r) => [r.status, jsonOf(r)])).toEqual([
      [200, expect.objectContaining({ status: "ready" })],
      [200, expect.objectContaining({ status: "ready" })],
    ]);
  });
});
