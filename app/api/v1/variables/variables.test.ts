import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { revealVariable } from "@/lib/assets/reveal-variable";
import { routeTarget } from "@/lib/testing/route-target";
import { testKeyRing } from "@/lib/assets/testing/key-rings";
import { createPublishedRunbook } from "@/lib/jobs/testing/job-fixtures";
import { call, createApiUser } from "@/app/api/testing/route-kit";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import * as collection from "./route";
import * as item from "./[name]/route";


describe.each(testProviders)("variables API on %s", (provider) => {
  let t: TestDb;
  let author: string;
  let reader: string;
  const ring = testKeyRing();
  const create = (body: unknown, token = author) => call(collection.POST, { method: "POST", path: "/api/v1/variables", token, body });
  const get = (name: string) => call(item.GET, { method: "GET", path: `/api/v1/variables/${encodeURIComponent(name)}`, token: reader, params: { name: encodeURIComponent(name) } });
  const patch = (name: string, body: unknown) => call(item.PATCH, { method: "PATCH", path: `/api/v1/variables/${name}`, token: author, body, params: { name } });
  const del = (name: string, query = "") => call(item.DELETE, { method: "DELETE", path: `/api/v1/variables/${name}${query}`, token: author, params: { name } });

  beforeAll(async () => {
    t = await createTestDb(provider);
    routeTarget.db = t.db;
    routeTarget.ring = ring;
    author = await createApiUser(t.db, "Author", "author");
    reader = await createApiUser(t.db, "Reader", "reader");
  });
  afterAll(async () => t?.drop());

  it("creates and reads back each type with its typed value", async () => {
    const cases = [
      { name: "S", type: "string", value: "hello", expected: "hello" },
      { name: "I", type: "integer", value: 42, expected: 42 },
      { name: "B", type: "boolean", value: false, expected: false },
      { name: "D", type: "datetime", value: "2026-03-01T10:00:00+02:00", expected: "2026-03-01T08:00:00.000Z" },
      { name: "J", type: "json", value: { a: [1, "x"], b: null }, expected: { a: [1, "x"], b: null } },
    ];
    for (const c of cases) {
      const res = await create({ name: c.name, type: c.type, value: c.value, description: "d" });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body).toMatchObject({ name: c.name, type: c.type, isEncrypted: false, value: c.expected, createdBy: "author", updatedBy: "author" });
      expect((await get(c.name)).body.value).toEqual(c.expected);
    }
    const list = await call(collection.GET, { method: "GET", path: "/api/v1/variables", token: reader });
    expect(list.body.items.map((v: { name: string }) => v.name)).toEqual(["B", "D", "I", "J", "S"]);
  });

  it("rejects values that do not match the type, naming the field", async () => {
    const bad = [
      [{ name: "x1", type: "integer", value: "12" }, "value"],
      [{ name: "x2", type: "integer", value: 1.5 }, "value"],
      [{ name: "x3", type: "boolean", value: "true" }, "value"],
      [{ name: "x4", type: "datetime", value: "2026-02-30T00:00:00Z" }, "value"],
      [{ name: "x5", type: "datetime", value: "next tuesday" }, "value"],
      [{ name: "x6", type: "string" }, "value"],
      [{ name: "x7", type: "decimal", value: 1 }, "type"],
      [{ name: "x".repeat(129), type: "string", value: "v" }, "name"],
      [{ name: "a/b", type: "string", value: "v" }, "name"],
      [{ name: "x8", type: "string", value: "v", colour: "red" }, ""],
    ] as const;
    for (const [body, field] of bad) {
      const res = await create(body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      if (field) expect(res.body.error.field).toBe(field);
    }
    expect(await t.db.variable.count({ where: { name: { startsWith: "x" } } })).toBe(0);
  });

  it("refuses a duplicate name ignoring case with 409 naming the field", async () => {
    const res = await create({ name: "s", type: "string", value: "other" });
    expect(res.status).toBe(409);
    expect(res.body.error.field).toBe("name");
  });

  it("never returns an encrypted value and never stores it in plain text", async () => {
    const secret = "pa55-variable-Secret!";
    const created = await create({ name: "Api Key", type: "string", value: secret, isEncrypted: true });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ isEncrypted: true, value: null });
    expect((await get("Api Key")).body).toMatchObject({ name: "Api Key", isEncrypted: true, value: null });
    const list = await call(collection.GET, { method: "GET", path: "/api/v1/variables", token: reader });
    expect(JSON.stringify(list.body)).not.toContain(secret);

    const row = await t.db.variable.findFirstOrThrow({ where: { name: "Api Key" } });
    expect(row.value).toBeNull();
    expect(row.encryptedValue).toMatch(new RegExp(`^v1\\.${ring.current.id}\\.`));
    const everything = JSON.stringify([await t.db.variable.findMany(), await t.db.auditEvent.findMany()]);
    expect(everything).not.toContain(secret);

    // Editing the description keeps the secret; sending a value replaces it.
    const edited = await patch("Api%20Key", { description: "rotated monthly" });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ description: "rotated monthly", value: null });
    expect((await revealVariable(t.db, ring, "api key")).value).toBe(secret);
    expect((await patch("Api%20Key", { value: "new-secret-value" })).body.value).toBeNull();
    expect((await revealVariable(t.db, ring, "Api Key")).value).toBe("new-secret-value");
    expect((await patch("Api%20Key", { value: 5 })).status).toBe(422);
  });

  it("checks permissions: readers read, authors write, anonymous is refused", async () => {
    expect((await create({ name: "r", type: "string", value: "v" }, reader)).status).toBe(403);
    expect((await call(collection.GET, { method: "GET", path: "/api/v1/variables" })).status).toBe(401);
    expect((await get("nope")).status).toBe(404);
    expect((await get("nope")).body.error.message).toBe("Variable 'nope' not found");
  });

  it("refuses to delete a variable a published runbook uses, unless forced, and audits every write", async () => {
    await create({ name: "Threshold", type: "integer", value: 3 });
    await createPublishedRunbook(t.db, { name: "Uses-Threshold", content: "$t = Get-AutomationVariable -Name 'threshold'\nWrite-Output $t" });
    await createPublishedRunbook(t.db, { name: "Unrelated", content: "Get-AutomationVariable -Name 'ThresholdOld'" });
    const refused = await del("Threshold");
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain("Uses-Threshold");
    expect(refused.body.error.message).not.toContain("Unrelated");
    expect(refused.body.error.details.referencedBy.map((r: { name: string }) => r.name)).toEqual(["Uses-Threshold"]);
    expect((await del("Threshold", "?force=true")).status).toBe(204);
    expect((await get("Threshold")).status).toBe(404);
    expect((await del("S")).status).toBe(204);

    const actions = (await t.db.auditEvent.findMany({ where: { targetType: "variable" }, orderBy: { id: "asc" } })).map((e) => `${e.action}:${e.targetName}:${e.actorName}`);
    expect(actions).toContain("variable.create:Api Key:author");
    expect(actions).toContain("variable.update:Api Key:author");
    expect(actions).toContain("variable.delete:Threshold:author");
    expect(actions).toContain("variable.delete:S:author");
  });
});
