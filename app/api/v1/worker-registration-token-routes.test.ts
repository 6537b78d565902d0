import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, createApiUser } from "@/app/api/testing/route-kit";
import { routeTarget } from "@/lib/testing/route-target";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import * as meRoute from "./me/route";
import * as tokenRoute from "./worker-groups/[name]/registration-tokens/[tokenId]/route";
import * as tokensRoute from "./worker-groups/[name]/registration-tokens/route";
import * as groupsRoute from "./worker-groups/route";

const path = (group: string) => `/api/v1/worker-groups/${group}/registration-tokens`;

// The registration token routes: who may do what, what they refuse by name, and that the secret they hand out is no user's credential.
describe.each(testProviders)("worker registration token routes on %s", (provider) => {
  let t: TestDb;
  let admin: string;
  let reader: string;
  let operator: string;
  beforeAll(async () => {
    t = await createTestDb(provider);
    routeTarget.db = t.db;
    admin = await createApiUser(t.db, "Administrator", "root");
    reader = await createApiUser(t.db, "Reader", "rita");
    operator = await createApiUser(t.db, "Operator", "otto");
    expect((await call(groupsRoute.POST, { method: "POST", path: "/api/v1/worker-groups", token: admin, body: { name: "edge" } })).status).toBe(201);
  });
  afterAll(async () => t?.drop());

  const create = (token: string, body: unknown, group = "edge") => call(tokensRoute.POST, { method: "POST", path: path(group), token, body, params: { name: group } });
  const list = (token: string, group = "edge") => call(tokensRoute.GET, { method: "GET", path: path(group), token, params: { name: group } });
  const revoke = (token: string, tokenId: string, group = "edge") =>
    call(tokenRoute.DELETE, { method: "DELETE", path: `${path(group)}/${tokenId}`, token, params: { name: group, tokenId } });

  it("an administrator creates a token and sees its secret once; readers list it without the secret; only administrators create or revoke", async () => {
    const created = await create(admin, { name: "rack 4", expiresInDays: 7 });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ group: "edge", name: "rack 4", status: "active", createdBy: "root", token: expect.stringMatching(/^bwr_/) });
    const secret = created.body.token as string;

    for (const who of [admin, reader, operator]) {
      const listed = await list(who);
      expect(listed.status).toBe(200);
      expect(listed.body.items).toEqual([expect.objectContaining({ id: created.body.id, prefix: secret.slice(0, 12), status: "active" })]);
      expect(JSON.stringify(listed.body)).not.toContain(secret);
    }

    for (const who of [reader, operator]) {
      expect((await create(who, { name: "mine" })).body.error).toMatchObject({ code: "forbidden", message: "You need the worker.write permission" });
      expect((await revoke(who, created.body.id)).status).toBe(403);
    }
    expect((await list(admin)).body.items).toHaveLength(1);

    expect((await revoke(admin, created.body.id)).status).toBe(204);
    expect((await revoke(admin, created.body.id)).status).toBe(204);
    expect((await list(reader)).body.items[0]).toMatchObject({ status: "revoked", revokedBy: "root" });
  });

  it("refuses bad input with 422 naming the field", async () => {
    const cases: [unknown, string][] = [
      [{ name: "" }, "name"],
      [{ name: "a/b" }, "name"],
      [{ name: "ok", expiresInDays: 0 }, "expiresInDays"],
      [{ name: "ok", expiresInDays: 366 }, "expiresInDays"],
      [{ name: "ok", expiresInDays: null }, "expiresInDays"],
    ];
    for (const [body, field] of cases) {
      const res = await create(admin, body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.body.error).toMatchObject({ code: "validation_failed", field });
      expect(res.body.error.message).toMatch(new RegExp(`^${field}: `));
    }
    const badId = await revoke(admin, "not-a-uuid");
    expect(badId.status).toBe(422);
    expect(badId.body.error.field).toBe("tokenId");
    expect((await t.db.workerRegistrationToken.count({ where: { name: "ok" } }))).toBe(0);
  });

  it("answers 404 for an unknown group or token", async () => {
    const unknownId = crypto.randomUUID();
    expect((await list(admin, "nowhere")).body.error).toMatchObject({ code: "not_found", message: "Worker group nowhere not found" });
    expect((await create(admin, { name: "x" }, "nowhere")).status).toBe(404);
    expect((await revoke(admin, unknownId, "nowhere")).status).toBe(404);
    expect((await revoke(admin, unknownId)).body.error).toMatchObject({ code: "not_found", message: "Registration token not found" });
  });

  it("a registration token presented as a bearer token on a user route gets 401, even on its own group's list", async () => {
    const secret = (await create(admin, { name: "bearer" })).body.token as string;
    for (const res of [await call(meRoute.GET, { method: "GET", path: "/api/v1/me", token: secret }), await list(secret), await call(groupsRoute.GET, { method: "GET", path: "/api/v1/worker-groups", token: secret })]) {
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe("unauthorized");
    }
    expect((await create(secret, { name: "from a worker" })).status).toBe(401);
  });
});
