import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/db/client";
import type { Principal } from "@/lib/auth/principal";
import { hashToken } from "@/lib/crypto/tokens";
import { readBodyText } from "@/lib/http/read-body-text";
import { toHttpResponse } from "@/lib/http/to-http-response";
import { createPublishedRunbook } from "@/lib/jobs/testing/job-fixtures";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import { authorizeWebhook } from "./authorize-webhook";
import { createWebhook } from "./create-webhook";
import { deleteWebhook } from "./delete-webhook";
import { invokeWebhook, webhookBodyLimitBytes, type WebhookCall } from "./invoke-webhook";
import { getWebhook } from "./get-webhook";
import { listWebhooks } from "./list-webhooks";
import { createWebhookSchema, updateWebhookSchema } from "./schemas";
import { updateWebhook } from "./update-webhook";
import { runbookKeys } from "@/lib/runbooks/runbook-keys";

const author: Principal = { kind: "user", userId: null, name: "ada", grants: [{ role: "Author", scopeTag: null }] };
const base = "https://baton.example";
const tokenOf = (url: string) => url.slice(url.lastIndexOf("/") + 1);
const call = (token: string, body = "", headers: Record<string, string> = {}): WebhookCall => ({ token, headers: new Headers(headers), readBody: async () => body });
const generous = () => ({ perMinute: 1000 });

/** The HTTP answer a refused call gets, as the route would send it. */
async function answerOf(promise: Promise<unknown>): Promise<{ status: number; body: string }> {
  const res = await promise.then(
    () => new Response("started", { status: 202 }),
    (err: unknown) => toHttpResponse(err),
  );
  return { status: res.status, body: await res.text() };
}

const deployScript = "param([object]$WebhookData, [Parameter(Mandatory)][ValidateSet('Dev', 'Prod')][string]$Environment, [int]$Count = 1)";

describe.each(testProviders)("webhooks on %s", (provider) => {
  let t: TestDb;
  let runbookId: string;
  beforeAll(async () => {
    t = await createTestDb(provider);
    runbookId = (await createPublishedRunbook(t.db, { name: "Deploy", content: deployScript, tags: ["ops"] })).id;
  });
  afterAll(async () => t?.drop());

  const create = (name: string, extra: object = {}) => createWebhook(t.db, author, runbookId, createWebhookSchema.parse({ name, parameters: { environment: "prod" }, ...extra }), { baseUrl: base });

  it("returns the URL with its token once and stores only the token's hash", async () => {
    const { webhook, url } = await create("github");
    expect(url).toMatch(/^https:\/\/baton\.example\/api\/v1\/webhooks\/invoke\/bwh_[A-Za-z0-9_-]{43}$/);
    const token = tokenOf(url);
    expect(webhook).toMatchObject({ name: "github", enabled: true, status: "active", parameters: { Environment: "prod" }, runOn: null, lastInvokedAt: null, createdBy: "ada" });
    // Azure's default lifetime: one year.
    expect(Math.round((Date.parse(webhook.expiresAt) - Date.now()) / 86_400_000)).toBe(365);
    const row = await t.db.webhook.findUniqueOrThrow({ where: { id: webhook.id } });
    expect(row.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(JSON.stringify(await listWebhooks(t.db, runbookId))).not.toContain(token);
    expect(JSON.stringify(await getWebhook(t.db, webhook.id))).not.toContain(token);
    const audit = await t.db.auditEvent.findMany({ where: { targetId: webhook.id } });
    expect(audit.map((a) => a.action)).toEqual(["webhook.create"]);
    expect(JSON.stringify(audit)).not.toContain(token);
    await expect(create("github")).rejects.toMatchObject({ code: "conflict", field: "name" });
  });

  it("starts jobs that act as the user who created the webhook (what their Start-AutomationRunbook may reach)", async () => {
    const creator = await t.db.user.create({ data: { username: `creator-${provider}`, displayName: "Creator" } });
    const { url } = await createWebhook(t.db, { ...author, userId: creator.id }, runbookId, createWebhookSchema.parse({ name: "acting", parameters: { environment: "dev" } }), { baseUrl: base });
    const { jobId } = await invokeWebhook(t.db, { ...call(tokenOf(url)), sourceAddress: null }, generous());
    expect(await t.db.job.findUniqueOrThrow({ where: { id: jobId } })).toMatchObject({ actingUserId: creator.id, actingTokenId: null });
  });

  it("starts a job with the defaults and $WebhookData, without credentials or the token in it", async () => {
    const { webhook, url } = await create("alerts", { parameters: { Environment: "Dev", Count: 3 } });
    const token = tokenOf(url);
    const body = JSON.stringify({ alert: "disk full" });
    const headers = { "content-type": "application/json", authorization: "Bearer bat_secret", cookie: "session=abc", "x-baton-trace": "t", "x-original-uri": `/api/v1/webhooks/invoke/${token}`, "x-github-event": "push" };
    const { jobId } = await invokeWebhook(t.db, { ...call(token, body, headers), sourceAddress: "10.1.2.3" }, generous());
    const job = await t.db.job.findUniqueOrThrow({ where: { id: jobId } });
    expect(job).toMatchObject({ status: "Queued", startedByKind: "webhook", startedByName: "alerts", webhookId: webhook.id });
    expect(job.parameters).toEqual({
      Environment: "Dev",
      Count: 3,
      WebhookData: { WebhookName: "alerts", RequestBody: body, RequestHeader: { "content-type": "application/json", "x-github-event": "push" } },
    });
    expect(JSON.stringify(job)).not.toContain(token);
    expect((await getWebhook(t.db, webhook.id)).lastInvokedAt).not.toBeNull();
    const invoked = await t.db.auditEvent.findFirstOrThrow({ where: { targetId: webhook.id, action: "webhook.invoke" } });
    expect(invoked).toMatchObject({ actorKind: "webhook", actorName: "alerts", sourceAddress: "10.1.2.3", details: { jobId, bodyBytes: body.length } });
    expect(JSON.stringify(invoked)).not.toContain(token);
  });

  it("passes only the defaults to a runbook that does not declare WebhookData", async () => {
    const plain = await createPublishedRunbook(t.db, { content: "param([Parameter(Mandatory)][string]$Name)" });
    const { url } = await createWebhook(t.db, author, plain.id, createWebhookSchema.parse({ name: "plain", parameters: { name: "x" } }), { baseUrl: base });
    const { jobId } = await invokeWebhook(t.db, call(tokenOf(url), "ignored"), generous());
    expect((await t.db.job.findUniqueOrThrow({ where: { id: jobId } })).parameters).toEqual({ Name: "x" });
  });

  it("answers unknown, malformed, disabled and expired tokens with the same 404", async () => {
    const disabled = await create("disabled", { enabled: false });
    const expired = await create("expired");
    await t.db.webhook.update({ where: { id: expired.webhook.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const live = await create("live");
    const answers = await Promise.all(
      [tokenOf(disabled.url), tokenOf(expired.url), "bwh_" + "A".repeat(43), "not-a-token", "", tokenOf(live.url).slice(0, -1)].map((token) => answerOf(invokeWebhook(t.db, call(token), generous()))),
    );
    expect(answers[0]).toEqual({ status: 404, body: JSON.stringify({ error: { code: "not_found", message: "Webhook not found" } }) });
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    expect(await t.db.job.count({ where: { webhookId: { in: [disabled.webhook.id, expired.webhook.id] } } })).toBe(0);
    expect((await getWebhook(t.db, expired.webhook.id)).status).toBe("expired");
    expect((await getWebhook(t.db, disabled.webhook.id)).status).toBe("disabled");
  });

  it("limits calls per webhook and says when to retry", async () => {
    let now = 1_000_000;
    const limiter = { perMinute: 2, now: () => now };
    const a = await create("limited-a");
    const b = await create("limited-b");
    await invokeWebhook(t.db, call(tokenOf(a.url)), limiter);
    await invokeWebhook(t.db, call(tokenOf(a.url)), limiter);
    const refused = await answerOf(invokeWebhook(t.db, call(tokenOf(a.url)), limiter));
    expect(refused.status).toBe(429);
    expect(JSON.parse(refused.body).error).toMatchObject({ code: "rate_limited", details: { retryAfterSeconds: 30 } });
    const res = toHttpResponse(await invokeWebhook(t.db, call(tokenOf(a.url)), limiter).catch((e: unknown) => e));
    expect(res.headers.get("retry-after")).toBe("30");
    // Another webhook has its own bucket.
    await expect(invokeWebhook(t.db, call(tokenOf(b.url)), limiter)).resolves.toHaveProperty("jobId");
    now += 30_000;
    await expect(invokeWebhook(t.db, call(tokenOf(a.url)), limiter)).resolves.toHaveProperty("jobId");
    expect(await t.db.job.count({ where: { webhookId: a.webhook.id } })).toBe(3);
  });

  it("draws every web process's calls from one bucket: of 8 calls at once from two processes, 3 start jobs", async () => {
    const { webhook, url } = await create("shared-bucket");
    // A second client is what a second web process would have: its own connection(s) to the database.
    const other = createDb(t.url).db;
    try {
      const rate = { perMinute: 3 };
      const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => answerOf(invokeWebhook(i % 2 ? other : t.db, call(tokenOf(url)), rate))));
      expect(answers.filter((a) => a.status === 202)).toHaveLength(3);
      expect(answers.filter((a) => a.status === 429)).toHaveLength(5);
      expect(await t.db.job.count({ where: { webhookId: webhook.id } })).toBe(3);
    } finally {
      await other.$disconnect();
    }
  });

  it("refuses a body over 512 KiB with 413 and starts no job", async () => {
    const { webhook, url } = await create("big");
    const post = (body: string, headers: Record<string, string> = {}) => new Request(`${base}/x`, { method: "POST", body, headers });
    const tooBig = "x".repeat(webhookBodyLimitBytes + 1);
    for (const req of [post(tooBig), post("small", { "content-length": String(webhookBodyLimitBytes + 1) })]) {
      const answer = await answerOf(invokeWebhook(t.db, { token: tokenOf(url), headers: req.headers, readBody: () => readBodyText(req, webhookBodyLimitBytes) }, generous()));
      expect(answer.status).toBe(413);
    }
    expect(await t.db.job.count({ where: { webhookId: webhook.id } })).toBe(0);
    const exact = post("y".repeat(webhookBodyLimitBytes), { "content-type": "application/x-www-form-urlencoded" });
    const { jobId } = await invokeWebhook(t.db, { token: tokenOf(url), headers: exact.headers, readBody: () => readBodyText(exact, webhookBodyLimitBytes) }, generous());
    const data = ((await t.db.job.findUniqueOrThrow({ where: { id: jobId } })).parameters as { WebhookData: { RequestBody: string } }).WebhookData;
    expect(data.RequestBody).toHaveLength(webhookBodyLimitBytes);
  });

  it("checks default parameters, run-on group and expiry as starting a job would", async () => {
    await expect(create("typo", { parameters: { Enviroment: "Dev" } })).rejects.toMatchObject({ code: "validation_failed", field: "parameters.Enviroment" });
    await expect(create("missing", { parameters: {} })).rejects.toMatchObject({ code: "validation_failed", field: "parameters.Environment", message: expect.stringMatching(/missing mandatory parameters: Environment\./) });
    await expect(create("set", { parameters: { Environment: "Test" } })).rejects.toMatchObject({ field: "parameters.Environment", message: expect.stringMatching(/The argument "Test" does not belong to the set "Dev,Prod"/) });
    await expect(create("count", { parameters: { Environment: "Dev", Count: "many" } })).rejects.toMatchObject({ field: "parameters.Count" });
    await expect(create("reserved", { parameters: { Environment: "Dev", webhookdata: {} } })).rejects.toMatchObject({ field: "parameters.webhookdata" });
    await expect(create("group", { runOn: "nowhere" })).rejects.toMatchObject({ field: "runOn" });
    const draftOnly = await t.db.runbook.create({ data: { name: "Draft-Only", ...runbookKeys({ name: "Draft-Only" }) } });
    await expect(createWebhook(t.db, author, draftOnly.id, createWebhookSchema.parse({ name: "x" }), { baseUrl: base })).rejects.toMatchObject({ code: "conflict" });
    const past = createWebhookSchema.safeParse({ name: "old", expiresAt: "2020-01-01T00:00:00Z" });
    expect(past.error?.issues[0]).toMatchObject({ path: ["expiresAt"], message: "must be in the future" });
    expect(createWebhookSchema.safeParse({ name: "  " }).error?.issues[0]?.path).toEqual(["name"]);
    expect(updateWebhookSchema.safeParse({ token: "bwh_x" }).success).toBe(false);
  });

  it("disables, re-enables, extends and deletes a webhook, auditing each change", async () => {
    const { webhook, url } = await create("lifecycle");
    const token = tokenOf(url);
    const hash = (await t.db.webhook.findUniqueOrThrow({ where: { id: webhook.id } })).tokenHash;
    await updateWebhook(t.db, author, webhook.id, { enabled: false });
    await expect(invokeWebhook(t.db, call(token), generous())).rejects.toMatchObject({ code: "not_found" });
    const later = new Date(Date.now() + 30 * 86_400_000);
    const updated = await updateWebhook(t.db, author, webhook.id, updateWebhookSchema.parse({ enabled: true, expiresAt: later.toISOString(), parameters: { environment: "Dev", count: "2" } }));
    expect(updated).toMatchObject({ enabled: true, status: "active", expiresAt: later.toISOString(), parameters: { Environment: "Dev", Count: "2" } });
    expect((await t.db.webhook.findUniqueOrThrow({ where: { id: webhook.id } })).tokenHash).toBe(hash);
    await expect(updateWebhook(t.db, author, webhook.id, { parameters: { Nope: 1 } })).rejects.toMatchObject({ field: "parameters.Nope" });
    await expect(invokeWebhook(t.db, call(token), generous())).resolves.toHaveProperty("jobId");
    await deleteWebhook(t.db, author, webhook.id);
    await expect(invokeWebhook(t.db, call(token), generous())).rejects.toMatchObject({ code: "not_found", message: "Webhook not found" });
    await expect(getWebhook(t.db, webhook.id)).rejects.toMatchObject({ code: "not_found" });
    const actions = await t.db.auditEvent.findMany({ where: { targetId: webhook.id }, orderBy: { id: "asc" }, select: { action: true, details: true } });
    expect(actions.map((a) => a.action)).toEqual(["webhook.create", "webhook.update", "webhook.update", "webhook.invoke", "webhook.delete"]);
    expect(actions[2]?.details).toMatchObject({ changed: ["enabled", "expiresAt", "parameters"], parameters: ["Environment", "Count"] });
  });

  it("checks webhook rights against the runbook's tags", async () => {
    const { webhook } = await create("scoped");
    const opsAuthor: Principal = { kind: "user", userId: null, name: "o", grants: [{ role: "Author", scopeTag: "ops" }] };
    const devAuthor: Principal = { kind: "user", userId: null, name: "d", grants: [{ role: "Author", scopeTag: "dev" }] };
    const opsReader: Principal = { kind: "user", userId: null, name: "r", grants: [{ role: "Reader", scopeTag: "ops" }] };
    await expect(authorizeWebhook(t.db, opsAuthor, webhook.id, "webhook.write")).resolves.toMatchObject({ runbookId });
    await expect(authorizeWebhook(t.db, devAuthor, webhook.id, "webhook.read")).rejects.toMatchObject({ code: "not_found" });
    await expect(authorizeWebhook(t.db, opsReader, webhook.id, "webhook.read")).resolves.toMatchObject({ runbookId });
    await expect(authorizeWebhook(t.db, opsReader, webhook.id, "webhook.write")).rejects.toMatchObject({ code: "forbidden" });
  });
});
