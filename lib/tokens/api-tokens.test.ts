import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/auth/principal";
import { resolvePrincipal } from "@/lib/auth/resolve-principal";
import { hashToken } from "@/lib/crypto/tokens";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import { createApiToken } from "./create-api-token";
import { listApiTokens } from "./list-api-tokens";
import { revokeApiToken } from "./revoke-api-token";
import { createApiTokenSchema } from "./schemas";

const bearer = (token: string) => new Headers({ authorization: `Bearer ${token}` });

describe.each(testProviders)("personal API tokens on %s", (provider) => {
  let t: TestDb;
  let jo: Principal;
  let kim: Principal;
  beforeAll(async () => {
    t = await createTestDb(provider);
    const joId = (await t.db.user.create({ data: { username: "jo", displayName: "Jo", roleAssignments: { create: { role: "Operator" } } } })).id;
    const kimId = (await t.db.user.create({ data: { username: "kim", displayName: "Kim" } })).id;
    jo = { kind: "user", userId: joId, name: "jo", grants: [{ role: "Operator", scopeTag: null }] };
    kim = { kind: "user", userId: kimId, name: "kim", grants: [] };
  });
  afterAll(async () => t?.drop());

  it("shows the secret once, stores only its hash, and authenticates as the owner with the owner's roles", async () => {
    const created = await createApiToken(t.db, jo, createApiTokenSchema.parse({ name: "ci" }));
    expect(created.token).toMatch(/^bat_[A-Za-z0-9_-]{43}$/);
    expect(created).toMatchObject({ name: "ci", status: "active", prefix: created.token.slice(0, 12) });
    expect(new Date(created.expiresAt!).getTime() - Date.now()).toBeGreaterThan(89 * 86_400_000);
    const row = await t.db.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.tokenHash).toBe(hashToken(created.token));
    expect(JSON.stringify(row)).not.toContain(created.token);
    expect(await resolvePrincipal(t.db, bearer(created.token))).toMatchObject({ kind: "token", userId: jo.userId, grants: [{ role: "Operator", scopeTag: null }] });
    const listed = await listApiTokens(t.db, jo);
    expect(listed).toHaveLength(1);
    expect(listed[0]).not.toHaveProperty("token");
    expect(await listApiTokens(t.db, kim)).toEqual([]);
  });

  it("revokes a token at once; another user cannot revoke it", async () => {
    const created = await createApiToken(t.db, jo, { name: "laptop", expiresInDays: null });
    expect(created.expiresAt).toBeNull();
    await expect(revokeApiToken(t.db, kim, created.id)).rejects.toMatchObject({ code: "not_found" });
    expect(await resolvePrincipal(t.db, bearer(created.token))).not.toBeNull();
    await revokeApiToken(t.db, jo, created.id);
    expect(await resolvePrincipal(t.db, bearer(created.token))).toBeNull();
    expect((await listApiTokens(t.db, jo)).find((x) => x.id === created.id)?.status).toBe("revoked");
    expect(await t.db.auditEvent.findMany({ where: { targetId: created.id }, select: { action: true, actorName: true } })).toEqual([
      { action: "api_token.create", actorName: "jo" },
      { action: "api_token.revoke", actorName: "jo" },
    ]);
  });

  it("stops accepting an expired token", async () => {
    const created = await createApiToken(t.db, jo, { name: "short", expiresInDays: 1 });
    await t.db.apiToken.update({ where: { id: created.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await resolvePrincipal(t.db, bearer(created.token))).toBeNull();
    expect((await listApiTokens(t.db, jo)).find((x) => x.id === created.id)?.status).toBe("expired");
  });

  it("refuses a job identity and out-of-range expiries", async () => {
    const job: Principal = { kind: "job", userId: null, name: "job", grants: [], jobId: "j" };
    await expect(createApiToken(t.db, job, { name: "x", expiresInDays: 1 })).rejects.toMatchObject({ code: "forbidden" });
    expect(createApiTokenSchema.safeParse({ name: "x", expiresInDays: 0 }).success).toBe(false);
    expect(createApiTokenSchema.safeParse({ name: "x", expiresInDays: 366 }).success).toBe(false);
    expect(createApiTokenSchema.safeParse({ name: " ", expiresInDays: 5 }).error?.issues[0]?.path).toEqual(["name"]);
  });
});
