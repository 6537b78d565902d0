import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { revealCredential } from "@/lib/assets/reveal-credential";
import { routeTarget } from "@/lib/testing/route-target";
import { testKeyRing } from "@/lib/assets/testing/key-rings";
import { createPublishedRunbook } from "@/lib/jobs/testing/job-fixtures";
import { call, createApiUser } from "@/app/api/testing/route-kit";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import * as collection from "./route";
import * as item from "./[name]/route";


describe.each(testProviders)("credentials API on %s", (provider) => {
  let t: TestDb;
  let author: string;
  const ring = testKeyRing();
  const secret = "Credential-P@ssw0rd-123";
  const create = (body: unknown) => call(collection.POST, { method: "POST", path: "/api/v1/credentials", token: author, body });
  const patch = (name: string, body: unknown) => call(item.PATCH, { method: "PATCH", path: `/api/v1/credentials/${name}`, token: author, body, params: { name } });

  beforeAll(async () => {
    t = await createTestDb(provider);
    routeTarget.db = t.db;
    routeTarget.ring = ring;
    author = await createApiUser(t.db, "Author", "author");
  });
  afterAll(async () => t?.drop());

  it("stores the password sealed and returns only the user name", async () => {
    const res = await create({ name: "SqlAdmin", userName: "CONTOSO\\sql", password: secret, description: "SQL" });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ name: "SqlAdmin", userName: "CONTOSO\\sql", description: "SQL" });
    expect(res.body).not.toHaveProperty("password");
    const got = await call(item.GET, { method: "GET", path: "/api/v1/credentials/SqlAdmin", token: author, params: { name: "SqlAdmin" } });
    const list = await call(collection.GET, { method: "GET", path: "/api/v1/credentials", token: author });
    expect(JSON.stringify([res.body, got.body, list.body])).not.toContain(secret);
    expect(JSON.stringify([await t.db.credential.findMany(), await t.db.auditEvent.findMany()])).not.toContain(secret);
    expect((await revealCredential(t.db, ring, "sqladmin")).password).toBe(secret);
  });

  it("keeps the password when omitted and replaces it when sent", async () => {
    const renamed = await patch("SqlAdmin", { userName: "CONTOSO\\sql2" });
    expect(renamed.body.userName).toBe("CONTOSO\\sql2");
    expect((await revealCredential(t.db, ring, "SqlAdmin")).password).toBe(secret);
    await patch("SqlAdmin", { password: "another-one" });
    expect(await revealCredential(t.db, ring, "SqlAdmin")).toMatchObject({ userName: "CONTOSO\\sql2", password: "another-one" });
  });

  it("validates input and names the field", async () => {
    expect((await create({ name: "NoUser", userName: "", password: "x" })).body.error.field).toBe("userName");
    expect((await create({ name: "NoPassword", userName: "u" })).body.error.field).toBe("password");
    expect((await create({ name: "sqladmin", userName: "u", password: "x" })).status).toBe(409);
    expect((await patch("Missing", { password: "x" })).status).toBe(404);
  });

  it("refuses to delete a credential used by a published runbook unless forced", async () => {
    await createPublishedRunbook(t.db, { name: "Backup", content: 'param()\n$cred = Get-AutomationPSCredential "SqlAdmin"\n' });
    const del = (q: string) => call(item.DELETE, { method: "DELETE", path: `/api/v1/credentials/SqlAdmin${q}`, token: author, params: { name: "SqlAdmin" } });
    const refused = await del("");
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain("Backup");
    expect((await del("?force=true")).status).toBe(204);
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { action: "credential.delete" } });
    expect(audit.details).toMatchObject({ forced: true, referencedBy: ["Backup"] });
  });
});
