import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readBodyText } from "@/lib/http/read-body-text";
import { createPublishedRunbook } from "@/lib/jobs/testing/job-fixtures";
import { createTestDb, oneTestProvider, type TestDb } from "@/lib/testing/test-db";
import { createWebhook } from "@/lib/webhooks/create-webhook";
import { invokeWebhook, webhookBodyLimitBytes } from "@/lib/webhooks/invoke-webhook";
import { createWebhookSchema } from "@/lib/webhooks/schemas";
import { createPwshRunner } from "./pwsh-runner/create-pwsh-runner";
import { skipPwsh, testAssemblyCache, testIsolation, testPwsh } from "@/lib/testing/test-pwsh";
import { makeTempRoot } from "@/worker/testing/pwsh-runner-kit";
import type { JobRunner } from "./runner-types";
import { startWorker, type RunningWorker } from "./start-worker";

const author = { kind: "user" as const, userId: null, name: "ada", grants: [{ role: "Author" as const, scopeTag: null }] };

const alertScript = `param([object]$WebhookData, [string]$Greeting = 'Hello')
$alert = $WebhookData.RequestBody | ConvertFrom-Json
"$Greeting from $($WebhookData.WebhookName): $($alert.alert) on $($alert.host)"
"Event: $($WebhookData.RequestHeader.'X-GitHub-Event')"
"Credentials seen: $(@($WebhookData.RequestHeader.Keys | Where-Object { $_ -in 'authorization', 'cookie' }).Count)"`;

// One database, SQLite: the webhook's storage is tested on both databases in lib/webhooks; here the subject is what pwsh hands the runbook.
describe.skipIf(skipPwsh).each(oneTestProvider("sqlite"))("webhook calls run in real pwsh on %s", (provider) => {
  let t: TestDb;
  let runner: JobRunner;
  let worker: RunningWorker;
  const rate = { perMinute: 100 };

  beforeAll(async () => {
    t = await createTestDb(provider);
    runner = createPwshRunner({ assemblyCache: testAssemblyCache(), pwsh: testPwsh(), isolation: testIsolation(), poolSize: 1, stopGraceMs: 2000, tempRoot: makeTempRoot() });
    worker = await startWorker({ db: t.db, databaseUrl: t.url, runner, name: `webhook-${provider}-${process.pid}`, group: "default", capacity: 2, apiUrl: "http://127.0.0.1:1", version: "test", log: () => {} });
  });
  afterAll(async () => {
    await worker?.stop(0);
    await runner?.close();
    await t?.drop();
  });

  async function outputOf(jobId: string, timeoutMs = 60_000): Promise<{ status: string; output: string[] }> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const job = await t.db.job.findUniqueOrThrow({ where: { id: jobId }, include: { streams: { orderBy: { seq: "asc" } } } });
      if (job.status === "Completed" || job.status === "Failed") {
        return { status: `${job.status}${job.statusReason ? `: ${job.statusReason}` : ""}`, output: job.streams.filter((s) => s.type === "output").map((s) => s.text) };
      }
      if (Date.now() > deadline) throw new Error(`job is ${job.status}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Posts to the webhook as an HTTP client would, through the body reader the route uses. */
  async function post(url: string, body: string, headers: Record<string, string>) {
    const req = new Request(url, { method: "POST", body, headers });
    const token = url.slice(url.lastIndexOf("/") + 1);
    return invokeWebhook(t.db, { token, headers: req.headers, readBody: () => readBodyText(req, webhookBodyLimitBytes) }, rate);
  }

  it("hands the runbook $WebhookData with the name, the raw body and the headers, plus the webhook's defaults", async () => {
    const rb = await createPublishedRunbook(t.db, { content: alertScript });
    const { url } = await createWebhook(t.db, author, rb.id, createWebhookSchema.parse({ name: "Alertmanager", parameters: { Greeting: "Alert" } }), { baseUrl: "http://127.0.0.1:3000" });
    const { jobId } = await post(url, JSON.stringify({ alert: "DiskFull", host: "db-01" }), {
      "content-type": "application/json",
      "x-github-event": "push",
      authorization: "Bearer bat_should-not-arrive",
      cookie: "session=nope",
    });
    expect(await outputOf(jobId)).toEqual({ status: "Completed", output: ["Alert from Alertmanager: DiskFull on db-01", "Event: push", "Credentials seen: 0"] });
  });

  it("runs a runbook without a WebhookData parameter with the defaults alone", async () => {
    const rb = await createPublishedRunbook(t.db, { content: "param([string]$Greeting)\n\"$Greeting, no webhook data\"" });
    const { url } = await createWebhook(t.db, author, rb.id, createWebhookSchema.parse({ name: "plain", parameters: { Greeting: "Hi" } }), { baseUrl: "http://127.0.0.1:3000" });
    const { jobId } = await post(url, "a=1&b=2", { "content-type": "application/x-www-form-urlencoded" });
    expect(await outputOf(jobId)).toEqual({ status: "Completed", output: ["Hi, no webhook data"] });
  });
});
