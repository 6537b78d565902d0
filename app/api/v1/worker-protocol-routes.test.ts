import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, createApiUser } from "@/app/api/testing/route-kit";
import { generateToken, hashToken } from "@/lib/crypto/tokens";
import { sqliteDatabaseFile, sqliteWakeDir } from "@/lib/db/sqlite-wake";
import { withPgClient } from "@/lib/db/with-pg-client";
import type { ApiHandler } from "@/lib/http/api-route";
import { jobsChannel } from "@/lib/jobs/notify-job-queued";
import { createPublishedRunbook, createWorkerRow, startJobs } from "@/lib/jobs/testing/job-fixtures";
import { routeTarget } from "@/lib/testing/route-target";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import { workerProtocolPaths, type HeldJobVerb } from "@/lib/worker-protocol/schemas";
import * as claimsRoute from "./worker-protocol/workers/[workerId]/claims/route";
import * as heartbeatRoute from "./worker-protocol/workers/[workerId]/heartbeat/route";
import * as completedRoute from "./worker-protocol/workers/[workerId]/jobs/[jobId]/attempts/[attempt]/completed/route";
import * as debugCommandsRoute from "./worker-protocol/workers/[workerId]/jobs/[jobId]/attempts/[attempt]/debug-commands/route";
import * as prepareRoute from "./worker-protocol/workers/[workerId]/jobs/[jobId]/attempts/[attempt]/prepare/route";
import * as runningRoute from "./worker-protocol/workers/[workerId]/jobs/[jobId]/attempts/[attempt]/running/route";
import * as streamsRoute from "./worker-protocol/workers/[workerId]/jobs/[jobId]/attempts/[attempt]/streams/route";
import * as modulesRoute from "./worker-protocol/modules/route";
import * as registerRoute from "./worker-protocol/register/route";

interface Sent {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read arbitrary JSON shapes
}

/** A protocol call as the HTTPS transport makes it, with the request's abort signal. */
async function send(handler: ApiHandler, path: string, params: Record<string, string>, opts: { token: string; body?: unknown; signal?: AbortSignal; headers?: Record<string, string> }): Promise<Sent> {
  const headers = { authorization: `Bearer ${opts.token}`, "content-type": "application/json", ...opts.headers };
  const req = new Request(`http://localhost/api/v1/worker-protocol${path}`, { method: "POST", headers, body: JSON.stringify(opts.body ?? {}), signal: opts.signal });
  const res = await handler(req, { params: Promise.resolve(params) });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

async function until(check: () => Promise<boolean> | boolean, what: string): Promise<void> {
  const giveUp = Date.now() + 15_000;
  while (!(await check())) {
    if (Date.now() > giveUp) throw new Error(`gave up waiting: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe.each(testProviders)("worker protocol routes on %s", (provider) => {
  let t: TestDb;
  let edgeToken: string;
  let coreToken: string;
  let runbookId: string;

  async function tokenFor(group: string): Promise<{ id: string; secret: string }> {
    const secret = generateToken("workerRegistration");
    const row = await t.db.workerRegistrationToken.create({
      data: { name: "test", tokenHash: hashToken(secret), prefix: secret.slice(0, 12), expiresAt: new Date(Date.now() + 86_400_000), group: { connectOrCreate: { where: { name: group }, create: { name: group } } } },
    });
    return { id: row.id, secret };
  }

  const register = (token: string, name: string, headers?: Record<string, string>) =>
    send(registerRoute.POST, workerProtocolPaths.register(), {}, { token, headers, body: { name, host: "edge-host", version: "1.2.3", pid: 4242, capacity: 2 } });
  const claim = (token: string, workerId: string, body: unknown, signal?: AbortSignal) => send(claimsRoute.POST, workerProtocolPaths.claims(workerId), { workerId }, { token, body, signal });
  const step = (handler: ApiHandler, token: string, held: { workerId: string; jobId: string; attempt: number }, verb: HeldJobVerb, body?: unknown) =>
    send(handler, workerProtocolPaths.job(held, verb), { workerId: held.workerId, jobId: held.jobId, attempt: String(held.attempt) }, { token, body });

  /** The claim is waiting: its wake source is set up (the LISTEN took effect; the wake directory is watched). */
  async function claimWaiting(existingWakeDir: boolean): Promise<void> {
    if (provider === "postgresql") {
      await until(
        () => withPgClient(t.url, async (c) => (await c.query("SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND query ILIKE $1 AND state = 'idle'", [`LISTEN ${jobsChannel}%`])).rowCount! > 0),
        "the LISTEN connection",
      );
      return;
    }
    if (!existingWakeDir) await until(async () => fs.existsSync(sqliteWakeDir((await sqliteDatabaseFile(t.db))!)), "the wake directory's watch");
  }

  beforeAll(async () => {
    t = await createTestDb(provider);
    routeTarget.db = t.db;
    edgeToken = (await tokenFor("edge")).secret;
    coreToken = (await tokenFor("core")).secret;
    runbookId = (await createPublishedRunbook(t.db, { content: "Write-Output 'hi'" })).id;
  });
  afterAll(async () => t?.drop());

  it("registers a remote worker in its token's group with the address the call came from, and takes its heartbeat", async () => {
    const res = await register(edgeToken, "edge-1", { "x-forwarded-for": "203.0.113.9" });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ id: expect.any(String), name: "edge-1", group: "edge" });
    expect(await t.db.worker.findUniqueOrThrow({ where: { id: res.body.id }, select: { transport: true, address: true, host: true, capacity: true } })).toEqual({
      transport: "https",
      address: "203.0.113.9",
      host: "edge-host",
      capacity: 2,
    });
    expect((await t.db.workerRegistrationToken.findFirstOrThrow({ where: { tokenHash: hashToken(edgeToken) } })).lastUsedAt).not.toBeNull();

    const beat = await send(heartbeatRoute.POST, workerProtocolPaths.heartbeat(res.body.id), { workerId: res.body.id }, { token: edgeToken, body: { state: "draining" } });
    expect(beat.status).toBe(204);
    expect((await t.db.worker.findUniqueOrThrow({ where: { id: res.body.id } })).state).toBe("draining");
  });

  it("claims, prepares, runs, streams and completes a job; a stale attempt is refused", async () => {
    const worker = (await register(edgeToken, "edge-run")).body as { id: string };
    const [jobId] = await startJobs(t.db, runbookId, 1, { runOn: "edge" });
    const claimed = await claim(edgeToken, worker.id, { max: 2 });
    expect(claimed.status).toBe(200);
    expect(claimed.body.jobs).toEqual([{ id: jobId, runbookId, attempts: 1 }]);
    const held = { workerId: worker.id, jobId: jobId!, attempt: 1 };

    const prepared = await step(prepareRoute.POST, edgeToken, held, "prepare");
    expect(prepared.status).toBe(200);
    expect(prepared.body.job.run).toMatchObject({ script: "Write-Output 'hi'", automationToken: expect.stringMatching(/^bjt_/) });
    expect((await step(runningRoute.POST, edgeToken, held, "running")).status).toBe(204);

    const records = [
      { type: "output", ts: new Date().toISOString(), text: "hi" },
      { type: "warning", ts: new Date().toISOString(), text: "careful" },
    ];
    const appended = await step(streamsRoute.POST, edgeToken, held, "streams", { firstIndex: 0, records });
    expect(appended).toMatchObject({ status: 200, body: { stored: 2, truncatedNow: false } });
    // The same batch again (its answer lost) is stored once.
    expect((await step(streamsRoute.POST, edgeToken, held, "streams", { firstIndex: 0, records })).body.stored).toBe(0);

    const stale = { ...held, attempt: 2 };
    for (const res of [await step(completedRoute.POST, edgeToken, stale, "completed", { exitCode: 0 }), await step(streamsRoute.POST, edgeToken, stale, "streams", { firstIndex: 2, records }), await step(debugCommandsRoute.POST, edgeToken, stale, "debug-commands", { handed: [] })]) {
      expect([404, 409]).toContain(res.status);
      expect(["conflict", "not_found"]).toContain(res.body.error.code);
    }

    expect((await step(completedRoute.POST, edgeToken, held, "completed", { exitCode: 0 })).status).toBe(204);
    expect((await t.db.job.findUniqueOrThrow({ where: { id: jobId } })).status).toBe("Completed");
    const stored = await t.db.jobStreamRecord.findMany({ where: { jobId, type: { not: "system" } }, orderBy: { seq: "asc" }, select: { type: true, text: true } });
    expect(stored).toEqual([
      { type: "output", text: "hi" },
      { type: "warning", text: "careful" },
    ]);
    // Sent again after its answer was lost, the completion is recognised, not refused.
    expect((await step(completedRoute.POST, edgeToken, held, "completed", { exitCode: 0 })).status).toBe(204);
    expect((await step(runningRoute.POST, edgeToken, held, "running")).status).toBe(409);
  });

  it("a waiting claim answers when a job is started while it waits, and the worker's next claim takes it", async () => {
    const worker = (await register(coreToken, "core-wait")).body as { id: string };
    const hadWakeDir = provider === "sqlite" && fs.existsSync(sqliteWakeDir((await sqliteDatabaseFile(t.db))!));
    const waiting = claim(coreToken, worker.id, { max: 1, waitMs: 25_000 });
    await claimWaiting(hadWakeDir);
    const [jobId] = await startJobs(t.db, runbookId, 1, { runOn: "core" });
    const res = await waiting;
    expect(res.status).toBe(200);
    expect(res.body.jobs).toEqual([]);
    expect((await claim(coreToken, worker.id, { max: 1 })).body.jobs).toEqual([{ id: jobId, runbookId, attempts: 1 }]);
  });

  it("a claim whose request ended claims nothing", async () => {
    const worker = (await register(coreToken, "core-gone")).body as { id: string };
    const ended = new AbortController();
    const waiting = claim(coreToken, worker.id, { max: 1, waitMs: 25_000 }, ended.signal);
    await claimWaiting(true);
    ended.abort();
    expect((await waiting).body).toEqual({ jobs: [] });

    const [jobId] = await startJobs(t.db, runbookId, 1, { runOn: "core" });
    const body = JSON.stringify({ max: 1 });
    const gone = new AbortController();
    // The body is read, then the worker hangs up before the claim.
    const req = new Request(`http://localhost/api/v1/worker-protocol${workerProtocolPaths.claims(worker.id)}`, {
      method: "POST",
      headers: { authorization: `Bearer ${coreToken}`, "content-type": "application/json" },
      body: new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode(body));
          gone.abort();
          controller.close();
        },
      }),
      duplex: "half",
      signal: gone.signal,
    } as RequestInit);
    const res = await claimsRoute.POST(req, { params: Promise.resolve({ workerId: worker.id }) }).catch((err: unknown) => err);
    if (res instanceof Response && res.status === 200) expect(await res.json()).toEqual({ jobs: [] });
    expect((await t.db.job.findUniqueOrThrow({ where: { id: jobId } })).status).toBe("Queued");
    // Another worker of the group gets it.
    const other = (await register(coreToken, "core-other")).body as { id: string };
    expect((await claim(coreToken, other.id, { max: 1 })).body.jobs).toEqual([{ id: jobId, runbookId, attempts: 1 }]);
  });

  it("a revoked token stops the worker's next call", async () => {
    const { id, secret } = await tokenFor("edge");
    const worker = (await register(secret, "edge-revoked")).body as { id: string };
    expect((await send(heartbeatRoute.POST, workerProtocolPaths.heartbeat(worker.id), { workerId: worker.id }, { token: secret, body: { state: "online" } })).status).toBe(204);
    await t.db.workerRegistrationToken.update({ where: { id }, data: { revokedAt: new Date() } });
    const res = await send(heartbeatRoute.POST, workerProtocolPaths.heartbeat(worker.id), { workerId: worker.id }, { token: secret, body: { state: "online" } });
    expect(res.status).toBe(401);
    expect(res.body.error).toMatchObject({ code: "unauthorized", message: "This worker registration token was revoked" });
  });

  it("a token acts only for its own group's remote workers, and only a registration token is taken", async () => {
    const edgeWorker = (await register(edgeToken, "edge-only")).body as { id: string };
    const heartbeat = (token: string, workerId: string) => send(heartbeatRoute.POST, workerProtocolPaths.heartbeat(workerId), { workerId }, { token, body: { state: "online" } });
    const otherGroup = await heartbeat(coreToken, edgeWorker.id);
    expect(otherGroup.status).toBe(403);
    expect(otherGroup.body.error.message).toBe("Worker edge-only is not in worker group core, which this registration token admits");
    expect((await claim(coreToken, edgeWorker.id, { max: 1 })).status).toBe(403);

    const databaseWorker = await createWorkerRow(t.db, { group: "edge" });
    expect((await heartbeat(edgeToken, databaseWorker.id)).body.error.message).toBe(`Worker ${databaseWorker.name} reaches Baton through the database, not the worker protocol`);
    // Nor may a token take over another group's worker, or a database worker, by its name.
    expect((await register(coreToken, "edge-only")).body.error).toMatchObject({ code: "conflict", field: "name" });
    expect((await register(edgeToken, databaseWorker.name)).status).toBe(409);
    expect((await t.db.worker.findUniqueOrThrow({ where: { id: edgeWorker.id }, include: { group: true } })).group.name).toBe("edge");

    const unknown = crypto.randomUUID();
    expect((await heartbeat(edgeToken, unknown)).body.error).toMatchObject({ code: "not_found", message: `Worker ${unknown} not found` });

    const apiToken = await createApiUser(t.db, "Administrator");
    expect((await heartbeat(apiToken, edgeWorker.id)).status).toBe(401);
    const session = await call(modulesRoute.GET, { method: "GET", path: "/api/v1/worker-protocol/modules" });
    expect(session.body.error).toMatchObject({ code: "unauthorized", message: "Send the worker group's registration token: Authorization: Bearer bwr_…" });
    expect((await call(modulesRoute.GET, { method: "GET", path: "/api/v1/worker-protocol/modules", token: edgeToken })).body).toEqual({ modules: [] });
  });

  it("refuses bad bodies and params with 422 naming the field", async () => {
    const worker = (await register(edgeToken, "edge-422")).body as { id: string };
    const held = { workerId: worker.id, jobId: crypto.randomUUID(), attempt: 1 };
    const cases: [Promise<Sent>, string][] = [
      [send(registerRoute.POST, "/register", {}, { token: edgeToken, body: { name: "", host: "h", version: "1", pid: 1, capacity: 1 } }), "name"],
      [send(registerRoute.POST, "/register", {}, { token: edgeToken, body: { name: "ok", host: "h", version: "1", pid: 1, capacity: 0 } }), "capacity"],
      [claim(edgeToken, worker.id, { max: 0 }), "max"],
      [claim(edgeToken, worker.id, { max: 1, waitMs: 60_000 }), "waitMs"],
      [step(streamsRoute.POST, edgeToken, held, "streams", { firstIndex: 0, records: [] }), "records"],
      [step(streamsRoute.POST, edgeToken, held, "streams", { firstIndex: 0, records: [{ type: "shout", ts: new Date().toISOString(), text: "x" }] }), "records.0.type"],
      [send(runningRoute.POST, "/x", { workerId: worker.id, jobId: held.jobId, attempt: "first" }, { token: edgeToken }), "attempt"],
    ];
    for (const [pending, field] of cases) {
      const res = await pending;
      expect(res.status, field).toBe(422);
      expect(res.body.error).toMatchObject({ code: "validation_failed", field });
    }
  });
});
