import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { routeTarget } from "@/lib/testing/route-target";
import { call, createApiUser } from "@/app/api/testing/route-kit";
import { createPublishedRunbook } from "@/lib/jobs/testing/job-fixtures";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import { webhookBodyLimitBytes } from "@/lib/webhooks/invoke-webhook";
import * as runbookWebhooks from "../runbooks/[runbookId]/webhooks/route";
import * as invoke from "./invoke/[token]/route";
import * as webhook from "./[webhookId]/route";


// Read once, when the first call creates the process's limiter.
process.env.BATON_WEBHOOK_RATE_PER_MINUTE = "3";

/** Posts to a webhook URL as an outside system would, with whatever headers and body it sends. */
async function post(url: string, body: BodyInit, headers: Record<string, string> = {}): Promise<Response> {
  const token = url.slice(url.lastIndexOf("/") + 1);
  return invoke.POST(new Request(url, { method: "POST", body, headers }), { params: Promise.resolve({ token }) });
}

describe.each(testProviders)("webhook routes on %s", (provider) => {
  let t: TestDb;
  let runbookId: string;
  let author: string;
  let reader: string;
  beforeAll(async () => {
    t = await createTestDb(provider);
    routeTarget.db = t.db;
    runbookId = (await createPublishedRunbook(t.db, { content: "param([object]$WebhookData)" })).id;
    author = await createApiUser(t.db, "Author");
    reader = await createApiUser(t.db, "Reader");
  });
  afterAll(async () => t?.drop());

  const create = (name: string, token = author) =>
    call(runbookWebhooks.POST, { method: "POST", path: `/api/v1/runbooks/${runbookId}/webhooks`, token, body: { name }, params: { runbookId } });

  it("creates with the URL once, lists a page without tokens, and lets readers read but not write", async () => {
    const created = await create("ci");
    expect(created.status).toBe(201);
    expect(created.body.url).toMatch(/^http:\/\/127\.0\.0\.1:3000\/api\/v1\/webhooks\/invoke\/bwh_/);
    const listed = await call(runbookWebhooks.GET, { method: "GET", path: `/api/v1/runbooks/${runbookId}/webhooks`, token: reader, params: { runbookId } });
    expect(listed.status).toBe(200);
    expect(listed.body).toMatchObject({ items: [{ name: "ci", status: "active" }], nextCursor: null });
    expect(JSON.stringify(listed.body)).not.toContain("bwh_");
    expect((await create("nope", reader)).status).toBe(403);
    const id = created.body.webhook.id as string;
    expect((await call(webhook.PATCH, { method: "PATCH", path: `/api/v1/webhooks/${id}`, token: reader, body: { enabled: false }, params: { webhookId: id } })).status).toBe(403);
    const patched = await call(webhook.PATCH, { method: "PATCH", path: `/api/v1/webhooks/${id}`, token: author, body: { expiresAt: "2020-01-01T00:00:00Z" }, params: { webhookId: id } });
    expect(patched).toMatchObject({ status: 422, body: { error: { field: "expiresAt" } } });
    expect((await call(webhook.DELETE, { method: "DELETE", path: `/api/v1/webhooks/${id}`, token: author, params: { webhookId: id } })).status).toBe(204);
    expect((await call(webhook.GET, { method: "GET", path: `/api/v1/webhooks/${id}`, token: reader, params: { webhookId: id } })).status).toBe(404);
  });

  it("accepts any content type from anywhere, refuses big bodies with 413, and answers 429 with Retry-After past the rate", async () => {
    const { url } = (await create("public")).body as { url: string };
    // A browser's cross-site form post with a cookie: the token is the credential, so CSRF checks do not apply.
    const form = await post(url, "a=1&b=2", { "content-type": "application/x-www-form-urlencoded", cookie: "next-auth.session-token=x", "sec-fetch-site": "cross-site", origin: "https://elsewhere.example" });
    expect(form.status).toBe(202);
    const { JobIds } = (await form.json()) as { JobIds: string[] };
    const job = await t.db.job.findUniqueOrThrow({ where: { id: JobIds[0] } });
    expect(job.parameters).toMatchObject({ WebhookData: { WebhookName: "public", RequestBody: "a=1&b=2", RequestHeader: { origin: "https://elsewhere.example" } } });
    expect(JSON.stringify(job.parameters)).not.toContain("session-token");

    const big = await post(url, new Uint8Array(webhookBodyLimitBytes + 1), { "content-type": "application/octet-stream" });
    expect(big.status).toBe(413);
    expect((await post(url, "{}", { "content-type": "application/json" })).status).toBe(202);
    const limited = await post(url, "{}");
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("gives a disabled webhook the same 404 as an unknown token", async () => {
    const { url, webhook: w } = (await create("off")).body as { url: string; webhook: { id: string } };
    await call(webhook.PATCH, { method: "PATCH", path: `/api/v1/webhooks/${w.id}`, token: author, body: { enabled: false }, params: { webhookId: w.id } });
    const disabled = await post(url, "{}");
    const unknown = await post(url.replace(/bwh_.*$/, "bwh_unknown"), "{}");
    expect(disabled.status).toBe(404);
    expect(await disabled.text()).toBe(await unknown.text());
  });
});
