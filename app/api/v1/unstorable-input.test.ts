import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, createApiUser } from "@/app/api/testing/route-kit";
import { testKeyRing } from "@/lib/assets/testing/key-rings";
import type { Principal } from "@/lib/auth/principal";
import { jsonValueMaxDepth } from "@/lib/input/storable-input";
import { createPublishedRunbook } from "@/lib/jobs/testing/job-fixtures";
import { routeTarget } from "@/lib/testing/route-target";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import { createWebhook } from "@/lib/webhooks/create-webhook";
import { createWebhookSchema } from "@/lib/webhooks/schemas";
import * as runbookJobs from "./runbooks/[runbookId]/jobs/route";
import * as runbooks from "./runbooks/route";
import * as variables from "./variables/route";
import * as invoke from "./webhooks/invoke/[token]/route";

/** JSON text of arrays nested `depth` deep; JSON.stringify itself overflows long before 10,000. */
const nested = (depth: number) => `${"[".repeat(depth)}${"]".repeat(depth)}`;

describe.each(testProviders)("input no store can hold, on %s", (provider) => {
  let t: TestDb;
  let admin: string;
  beforeAll(async () => {
    t = await createTestDb(provider);
    routeTarget.db = t.db;
    routeTarget.ring = testKeyRing();
    admin = await createApiUser(t.db, "Administrator", "admin");
  });
  afterAll(async () => t?.drop());

  const postVariable = (rawBody: string) => call(variables.POST, { method: "POST", path: "/api/v1/variables", token: admin, rawBody });

  it("refuses a json variable nested 10,000 or 101 deep with 422 naming value, and keeps one 100 deep", async () => {
    for (const depth of [10_000, jsonValueMaxDepth + 1]) {
      const res = await postVariable(`{"name":"Deep${depth}","type":"json","value":${nested(depth)}}`);
      expect(res.status, JSON.stringify(res.body)).toBe(422);
      expect(res.body.error).toMatchObject({ field: "value", message: `value: nests deeper than ${jsonValueMaxDepth} levels` });
    }
    const ok = await postVariable(`{"name":"Deep","type":"json","value":${nested(jsonValueMaxDepth)}}`);
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(await t.db.variable.count({ where: { name: { startsWith: "Deep" } } })).toBe(1);
  });

  it("refuses NUL in a variable's value, a json value's string or its description, naming the field", async () => {
    const cases = [
      { body: { name: "Nul1", type: "string", value: "a\u0000b" }, field: "value" },
      { body: { name: "Nul2", type: "json", value: { servers: ["ok", "bad\u0000"] } }, field: "value.servers.1" },
      { body: { name: "Nul3", type: "string", value: "x", description: "d\u0000" }, field: "description" },
    ];
    for (const c of cases) {
      const res = await call(variables.POST, { method: "POST", path: "/api/v1/variables", token: admin, body: c.body });
      expect(res.status, JSON.stringify(res.body)).toBe(422);
      expect(res.body.error).toMatchObject({ code: "validation_failed", field: c.field, message: `${c.field}: must not contain the NUL character (U+0000)` });
    }
    expect(await t.db.variable.count({ where: { name: { startsWith: "Nul" } } })).toBe(0);
  });

  it("refuses NUL in a runbook's description or content, and in a query string", async () => {
    for (const field of ["description", "content"]) {
      const res = await call(runbooks.POST, { method: "POST", path: "/api/v1/runbooks", token: admin, body: { name: `Nul-${field}`, [field]: "Write-Output 'a\u0000'" } });
      expect(res.status, JSON.stringify(res.body)).toBe(422);
      expect(res.body.error.field).toBe(field);
    }
    expect(await t.db.runbook.count({ where: { name: { startsWith: "Nul-" } } })).toBe(0);
    const search = await call(runbooks.GET, { method: "GET", path: "/api/v1/runbooks?search=a%00b", token: admin });
    expect(search.status, JSON.stringify(search.body)).toBe(422);
    expect(search.body.error.field).toBe("search");
  });

  it("refuses job parameters nested beyond what a job can bind, naming the parameter, and starts one at the limit", async () => {
    const runbook = await createPublishedRunbook(t.db, { content: "param($Config)\n'ok'" });
    const start = (value: string) =>
      call(runbookJobs.POST, { method: "POST", path: `/api/v1/runbooks/${runbook.id}/jobs`, token: admin, rawBody: `{"parameters":{"Config":${value}}}`, params: { runbookId: runbook.id } });
    for (const depth of [10_000, 1_000, jsonValueMaxDepth + 1]) {
      const res = await start(nested(depth));
      expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(422);
      expect(res.body.error).toMatchObject({ field: "parameters.Config", message: `parameters.Config: nests deeper than ${jsonValueMaxDepth} levels` });
    }
    const nul = await start(JSON.stringify({ path: "C:\\a\u0000" }));
    expect(nul.body.error).toMatchObject({ field: "parameters.Config.path" });
    expect(await t.db.job.count({ where: { runbookId: runbook.id } })).toBe(0);
    expect((await start(nested(jsonValueMaxDepth))).status).toBe(201);
  });

  it("refuses a webhook call whose body holds NUL with 422 naming body, and starts no job", async () => {
    const runbook = await createPublishedRunbook(t.db, { content: "param([object]$WebhookData)\n'ok'" });
    const creator: Principal = { kind: "user", userId: null, name: "admin", grants: [{ role: "Administrator", scopeTag: null }] };
    const { url } = await createWebhook(t.db, creator, runbook.id, createWebhookSchema.parse({ name: "hook" }), { baseUrl: "http://localhost", sourceAddress: null });
    const token = url.slice(url.lastIndexOf("/") + 1);
    const res = await call(invoke.POST, { method: "POST", path: `/api/v1/webhooks/invoke/${token}`, rawBody: "binary\u0000data", contentType: "application/octet-stream", params: { token } });
    expect(res.status, JSON.stringify(res.body)).toBe(422);
    expect(res.body.error.field).toBe("body");
    expect(await t.db.job.count({ where: { runbookId: runbook.id } })).toBe(0);
  });
});
