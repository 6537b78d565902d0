import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/auth/principal";
import { resolvePrincipal } from "@/lib/auth/resolve-principal";
import { hashToken } from "@/lib/crypto/tokens";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import { createWorkerGroup } from "../create-worker-group";
import { deleteWorkerGroup } from "../delete-worker-group";
import { createWorkerGroupSchema } from "../worker-group-schemas";
import { authenticateWorkerToken } from "./authenticate-worker-token";
import { createRegistrationToken } from "./create-registration-token";
import { listRegistrationTokens } from "./list-registration-tokens";
import { revokeRegistrationToken } from "./revoke-registration-token";
import { createRegistrationTokenSchema } from "./schemas";

const admin: Principal = { kind: "user", userId: null, name: "admin", grants: [{ role: "Administrator", scopeTag: null }] };
const day = 86_400_000;

describe.each(testProviders)("worker registration tokens on %s", (provider) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb(provider);
    for (const name of ["edge", "core"]) await createWorkerGroup(t.db, admin, createWorkerGroupSchema.parse({ name }));
  });
  afterAll(async () => t?.drop());

  it("shows the secret once, stores only its hash, and admits a worker to its group", async () => {
    const before = Date.now();
    const created = await createRegistrationToken(t.db, admin, "edge", createRegistrationTokenSchema.parse({ name: "rack 4" }), "198.51.100.7");
    expect(created.token).toMatch(/^bwr_[A-Za-z0-9_-]{43}$/);
    expect(created).toMatchObject({ group: "edge", name: "rack 4", status: "active", prefix: created.token.slice(0, 12), createdBy: "admin", lastUsedAt: null, revokedAt: null });
    // The default expiry is 30 days from now.
    const expires = new Date(created.expiresAt).getTime();
    expect(expires).toBeGreaterThanOrEqual(before + 30 * day);
    expect(expires).toBeLessThanOrEqual(Date.now() + 30 * day);

    const row = await t.db.workerRegistrationToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.tokenHash).toBe(hashToken(created.token));
    expect(JSON.stringify(row)).not.toContain(created.token);

    const listed = await listRegistrationTokens(t.db, "edge");
    expect(listed.map((x) => x.id)).toEqual([created.id]);
    expect(listed[0]).not.toHaveProperty("token");
    expect(JSON.stringify(listed)).not.toContain(row.tokenHash);
    expect(await listRegistrationTokens(t.db, "core")).toEqual([]);

    const admitted = await authenticateWorkerToken(t.db, created.token);
    expect(admitted).toEqual({ tokenId: created.id, group: { id: expect.any(String), name: "edge" } });
    expect((await listRegistrationTokens(t.db, "edge"))[0]!.lastUsedAt).toBeNull();
    expect(await authenticateWorkerToken(t.db, created.token, { recordUse: true })).toEqual(admitted);
    expect((await listRegistrationTokens(t.db, "edge"))[0]!.lastUsedAt).not.toBeNull();

    expect(await t.db.auditEvent.findMany({ where: { targetId: created.id }, select: { action: true, actorName: true, targetType: true, targetName: true, sourceAddress: true, details: true } })).toEqual([
      {
        action: "worker_registration_token.create",
        actorName: "admin",
        targetType: "worker_registration_token",
        targetName: "rack 4",
        sourceAddress: "198.51.100.7",
        details: { group: "edge", prefix: created.prefix, expiresAt: created.expiresAt },
      },
    ]);
  });

  it("revokes at once, once: a second revoke changes nothing and records nothing; another group's token is not found", async () => {
    const created = await createRegistrationToken(t.db, admin, "edge", { name: "temp", expiresInDays: 1 });
    await expect(revokeRegistrationToken(t.db, admin, "core", created.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(revokeRegistrationToken(t.db, admin, "nowhere", created.id)).rejects.toMatchObject({ code: "not_found", message: "Worker group nowhere not found" });
    await expect(revokeRegistrationToken(t.db, admin, "edge", crypto.randomUUID())).rejects.toMatchObject({ code: "not_found" });
    await revokeRegistrationToken(t.db, { ...admin, name: "kim" }, "edge", created.id);
    const revokedAt = (await t.db.workerRegistrationToken.findUniqueOrThrow({ where: { id: created.id } })).revokedAt;
    await revokeRegistrationToken(t.db, admin, "edge", created.id);
    expect((await t.db.workerRegistrationToken.findUniqueOrThrow({ where: { id: created.id } })).revokedAt).toEqual(revokedAt);

    await expect(authenticateWorkerToken(t.db, created.token)).rejects.toMatchObject({ code: "unauthorized", reason: "revoked", details: { reason: "revoked" } });
    expect((await listRegistrationTokens(t.db, "edge")).find((x) => x.id === created.id)).toMatchObject({ status: "revoked", revokedBy: "kim", lastUsedAt: null });
    expect((await t.db.auditEvent.findMany({ where: { targetId: created.id }, orderBy: { id: "asc" }, select: { action: true, actorName: true } }))).toEqual([
      { action: "worker_registration_token.create", actorName: "admin" },
      { action: "worker_registration_token.revoke", actorName: "kim" },
    ]);
  });

  it("refuses an expired token, an unknown one and any other kind of token, and never stands for a user", async () => {
    const created = await createRegistrationToken(t.db, admin, "core", { name: "short", expiresInDays: 1 });
    await t.db.workerRegistrationToken.update({ where: { id: created.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(authenticateWorkerToken(t.db, created.token)).rejects.toMatchObject({ code: "unauthorized", reason: "expired" });
    expect((await listRegistrationTokens(t.db, "core")).find((x) => x.id === created.id)?.status).toBe("expired");

    await expect(authenticateWorkerToken(t.db, `bwr_${"A".repeat(43)}`)).rejects.toMatchObject({ reason: "unknown" });
    await expect(authenticateWorkerToken(t.db, created.token.replace("bwr_", "bat_"))).rejects.toMatchObject({ reason: "unknown" });

    const live = await createRegistrationToken(t.db, admin, "core", { name: "live", expiresInDays: 365 });
    expect(await resolvePrincipal(t.db, new Headers({ authorization: `Bearer ${live.token}` }))).toBeNull();
  });

  it("keeps a group while one of its tokens still works; revoked and expired ones go with it", async () => {
    await createWorkerGroup(t.db, admin, createWorkerGroupSchema.parse({ name: "doomed" }));
    const live = await createRegistrationToken(t.db, admin, "doomed", { name: "still-good", expiresInDays: 5 });
    const old = await createRegistrationToken(t.db, admin, "doomed", { name: "stale", expiresInDays: 5 });
    await t.db.workerRegistrationToken.update({ where: { id: old.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(deleteWorkerGroup(t.db, admin, "doomed")).rejects.toMatchObject({ code: "conflict", details: { registrationTokens: ["still-good"] } });
    await revokeRegistrationToken(t.db, admin, "doomed", live.id);
    await deleteWorkerGroup(t.db, admin, "doomed");
    expect(await t.db.workerRegistrationToken.count({ where: { id: { in: [live.id, old.id] } } })).toBe(0);
    await expect(listRegistrationTokens(t.db, "doomed")).rejects.toMatchObject({ code: "not_found" });
    await expect(createRegistrationToken(t.db, admin, "doomed", { name: "late", expiresInDays: 1 })).rejects.toMatchObject({ code: "not_found" });
  });

  it("bounds the expiry to 1–365 whole days and names the field it refuses", () => {
    const field = (input: unknown) => createRegistrationTokenSchema.safeParse(input).error?.issues[0]?.path;
    for (const expiresInDays of [0, 366, 1.5, null, "30"]) expect(field({ name: "x", expiresInDays })).toEqual(["expiresInDays"]);
    expect(field({ name: " ", expiresInDays: 5 })).toEqual(["name"]);
    expect(createRegistrationTokenSchema.safeParse({ name: "x", groupId: "y" }).success).toBe(false);
    expect(createRegistrationTokenSchema.parse({ name: "x", expiresInDays: 365 })).toEqual({ name: "x", expiresInDays: 365 });
  });
});
