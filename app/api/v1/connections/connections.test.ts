import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { revealConnection } from "@/lib/assets/reveal-connection";
import { routeTarget } from "@/lib/testing/route-target";
import { testKeyRing } from "@/lib/assets/testing/key-rings";
import { call, createApiUser } from "@/app/api/testing/route-kit";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import * as typeCollection from "../connection-types/route";
import * as typeItem from "../connection-types/[name]/route";
import * as collection from "./route";
import * as item from "./[name]/route";


describe.each(testProviders)("connection types and connections API on %s", (provider) => {
  let t: TestDb;
  let author: string;
  const ring = testKeyRing();
  const secret = "conn-client-secret-XYZ";
  const fields = [
    { name: "TenantId", type: "string" },
    { name: "ClientSecret", type: "string", isSecret: true },
    { name: "Port", type: "integer", isOptional: true },
    { name: "UseTls", type: "boolean", isOptional: true },
  ];
  const createType = (body: unknown) => call(typeCollection.POST, { method: "POST", path: "/api/v1/connection-types", token: author, body });
  const create = (body: unknown) => call(collection.POST, { method: "POST", path: "/api/v1/connections", token: author, body });
  const patch = (name: string, body: unknown) => call(item.PATCH, { method: "PATCH", path: `/api/v1/connections/${name}`, token: author, body, params: { name } });

  beforeAll(async () => {
    t = await createTestDb(provider);
    routeTarget.db = t.db;
    routeTarget.ring = ring;
    author = await createApiUser(t.db, "Author", "author");
  });
  afterAll(async () => t?.drop());

  it("creates a connection type and validates its fields", async () => {
    const res = await createType({ name: "AzureSP", fields });
    expect(res.status).toBe(201);
    expect(res.body.fields[0]).toEqual({ name: "TenantId", type: "string", isSecret: false, isOptional: false });
    const dup = await createType({ name: "Dup", fields: [{ name: "a" }, { name: "A" }] });
    expect(dup.status).toBe(422);
    expect(dup.body.error.field).toBe("fields.1.name");
    expect((await createType({ name: "Empty", fields: [] })).body.error.field).toBe("fields");
    expect((await createType({ name: "BadType", fields: [{ name: "x", type: "date" }] })).body.error.field).toBe("fields.0.type");
  });

  it("validates values against the type and hides secret fields", async () => {
    const missing = await create({ name: "Prod", connectionType: "AzureSP", values: { TenantId: "t1" } });
    expect(missing.status).toBe(422);
    expect(missing.body.error.field).toBe("values.ClientSecret");
    expect((await create({ name: "Prod", connectionType: "AzureSP", values: { TenantId: "t1", ClientSecret: "s", Port: "443" } })).body.error.field).toBe("values.Port");
    expect((await create({ name: "Prod", connectionType: "AzureSP", values: { TenantId: "t1", ClientSecret: "s", Colour: 1 } })).body.error.field).toBe("values.Colour");
    expect((await create({ name: "Prod", connectionType: "Nope", values: {} })).body.error.field).toBe("connectionType");

    const res = await create({ name: "Prod", connectionType: "azuresp", values: { tenantid: "t1", ClientSecret: secret, Port: 443 } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ connectionType: "AzureSP", values: { TenantId: "t1", ClientSecret: null, Port: 443, UseTls: null }, secretFields: ["ClientSecret"] });
    const got = await call(item.GET, { method: "GET", path: "/api/v1/connections/Prod", token: author, params: { name: "Prod" } });
    const list = await call(collection.GET, { method: "GET", path: "/api/v1/connections", token: author });
    expect(JSON.stringify([res.body, got.body, list.body])).not.toContain(secret);
    const row = await t.db.connection.findFirstOrThrow({ where: { name: "Prod" } });
    expect(row.values).toEqual({ TenantId: "t1", Port: 443 });
    expect(JSON.stringify([await t.db.connection.findMany(), await t.db.auditEvent.findMany()])).not.toContain(secret);
  });

  it("merges updates field by field, keeping secrets that are not sent", async () => {
    const res = await patch("Prod", { values: { Port: null, UseTls: true } });
    expect(res.status).toBe(200);
    expect(res.body.values).toEqual({ TenantId: "t1", ClientSecret: null, Port: null, UseTls: true });
    expect((await revealConnection(t.db, ring, "Prod")).values).toEqual({ TenantId: "t1", ClientSecret: secret, UseTls: true });
    await patch("Prod", { values: { ClientSecret: "rotated-secret" } });
    expect((await revealConnection(t.db, ring, "prod")).values.ClientSecret).toBe("rotated-secret");
    expect((await patch("Prod", { values: { TenantId: null } })).body.error.field).toBe("values.TenantId");
  });

  it("protects a connection type in use", async () => {
    const typeName = { name: "AzureSP" };
    const changeFields = await call(typeItem.PATCH, { method: "PATCH", path: "/api/v1/connection-types/AzureSP", token: author, body: { fields: [{ name: "Only" }] }, params: typeName });
    expect(changeFields.status).toBe(409);
    const describe = await call(typeItem.PATCH, { method: "PATCH", path: "/api/v1/connection-types/AzureSP", token: author, body: { description: "SPN" }, params: typeName });
    expect(describe.body.description).toBe("SPN");
    const refused = await call(typeItem.DELETE, { method: "DELETE", path: "/api/v1/connection-types/AzureSP", token: author, params: typeName });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain("Prod");
    expect((await call(item.DELETE, { method: "DELETE", path: "/api/v1/connections/Prod", token: author, params: { name: "Prod" } })).status).toBe(204);
    expect((await call(typeItem.DELETE, { method: "DELETE", path: "/api/v1/connection-types/AzureSP", token: author, params: typeName })).status).toBe(204);
  });
});
