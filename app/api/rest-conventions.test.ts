import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openApiDocument } from "@/app/api/v1/openapi.json/openapi-document";
import { generateToken, hashToken } from "@/lib/crypto/tokens";
import type { ApiHandler } from "@/lib/http/api-route";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { discoverRoutes } from "./testing/route-matrix-suite";

type Methods = Partial<Record<"GET" | "POST" | "PUT" | "PATCH" | "DELETE", ApiHandler>>;

/**
 * The conventions the README promises for every route, checked through the real handlers on a real
 * database: lists page with `{items, nextCursor}`, and errors use one shape with the documented statuses.
 */
describe("REST conventions (sqlite)", () => {
  let testDb: TestDb;
  let token: string;
  const routes = new Map<string, Methods>();

  beforeAll(async () => {
    testDb = await createTestDb("sqlite");
    process.env.DATABASE_URL = testDb.url;
    token = generateToken("api");
    await testDb.db.user.create({
      data: {
        username: "conventions-admin",
        displayName: "Conventions",
        roleAssignments: { create: { role: "Administrator", scopeTag: null } },
        apiTokens: { create: { name: "t", tokenHash: hashToken(token), prefix: token.slice(0, 8) } },
      },
    });
    for (const route of discoverRoutes()) {
      routes.set(route.urlPath.replace(/^\/api\/v1/, "").replace(/\[([^\]]+)\]/g, "{$1}"), (await import(/* @vite-ignore */ route.file)) as Methods);
    }
  });

  afterAll(async () => {
    const { getDb } = await import("@/lib/db");
    await (await getDb()).$disconnect();
    await testDb?.drop();
  });

  async function call(method: keyof Methods, path: string, init: { body?: string; contentType?: string; params?: Record<string, string> } = {}) {
    const template = Object.keys(init.params ?? {}).reduce((p, k) => p.replace(init.params![k]!, `{${k}}`), path.split("?")[0]!);
    const handler = routes.get(template)?.[method];
    if (!handler) throw new Error(`no route ${method} ${template}`);
    const headers = new Headers({ authorization: `Bearer ${token}` });
    if (init.body !== undefined) headers.set("content-type", init.contentType ?? "application/json");
    const res = await handler(new Request(`http://127.0.0.1/api/v1${path}`, { method, headers, body: init.body }), { params: Promise.resolve(init.params ?? {}) });
    return { status: res.status, body: res.status === 204 ? null : ((await res.json()) as Record<string, unknown>) };
  }

  it("pages every top-level list with ?limit= and nextCursor, visiting each item once", async () => {
    for (const name of ["alpha", "Bravo", "charlie"]) {
      expect((await call("POST", "/variables", { body: JSON.stringify({ name, type: "string", value: name }) })).status).toBe(201);
      expect((await call("POST", "/groups", { body: JSON.stringify({ name }) })).status).toBe(201);
    }
    const lists = Object.entries(openApiDocument().paths).filter(([path, ops]) => !path.includes("{") && ops.get?.parameters?.some((p) => p.name === "cursor"));
    expect(lists.length).toBeGreaterThan(12);
    for (const [path] of lists) {
      const seen: unknown[] = [];
      let cursor: string | null = null;
      do {
        const { status, body } = await call("GET", `${path}?limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
        expect(status, path).toBe(200);
        expect(Object.keys(body!).sort(), path).toEqual(["items", "nextCursor"]);
        expect((body!.items as unknown[]).length, path).toBeLessThanOrEqual(1);
        seen.push(...(body!.items as { id?: unknown; name?: unknown }[]).map((i) => JSON.stringify(i)));
        cursor = body!.nextCursor as string | null;
      } while (cursor && seen.length < 50);
      expect(new Set(seen).size, `${path} repeats an item`).toBe(seen.length);
    }
    const { body } = await call("GET", "/variables?limit=2");
    expect((body!.items as { name: string }[]).map((v) => v.name)).toEqual(["alpha", "Bravo"]);
  });

  it("answers bad input with one error shape and the documented status", async () => {
    const expectError = (res: { status: number; body: Record<string, unknown> | null }, status: number, code: string, field?: string) => {
      expect(res.status).toBe(status);
      const error = res.body!.error as { code: string; message: string; field?: string };
      expect(error.code).toBe(code);
      expect(error.message.length).toBeGreaterThan(0);
      if (field) expect(error.field).toBe(field);
    };
    expectError(await call("POST", "/variables", { body: "{not json" }), 400, "bad_request");
    expectError(await call("POST", "/variables", { body: "name=x", contentType: "application/x-www-form-urlencoded" }), 415, "unsupported_media_type");
    expectError(await call("POST", "/variables", { body: JSON.stringify({ name: "big", type: "string", value: "x".repeat(1024 * 1024 + 1) }) }), 413, "payload_too_large");
    expectError(await call("POST", "/variables", { body: JSON.stringify({ name: "", type: "string", value: "" }) }), 422, "validation_failed", "name");
    expectError(await call("GET", "/variables?limit=0"), 422, "validation_failed", "limit");
    expectError(await call("GET", "/runbooks?sort=size"), 422, "validation_failed", "sort");
    expectError(await call("GET", "/audit-events?cursor=garbage"), 422, "validation_failed", "cursor");
    expectError(await call("GET", "/runbooks?cursor=garbage"), 422, "validation_failed", "cursor");
    expectError(await call("POST", "/variables", { body: JSON.stringify({ name: "alpha", type: "string", value: "again" }) }), 409, "conflict");
    expectError(await call("GET", "/variables/missing", { params: { name: "missing" } }), 404, "not_found");
    expectError(await call("DELETE", "/worker-groups/default-missing", { params: { name: "default-missing" } }), 404, "not_found");
  });
});
