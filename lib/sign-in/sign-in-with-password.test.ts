import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import { unlockUser } from "@/lib/users/unlock-user";
import { addressThrottle, loginThrottle } from "./login-throttle";
import { hashPassword } from "@/lib/auth/passwords";
import type { Principal } from "@/lib/auth/principal";
import { resolveSession } from "@/lib/auth/resolve-principal";
import { revokeSession } from "@/lib/auth/revoke-session";
import { signInWithPassword } from "./sign-in-with-password";

describe.each(testProviders)("password sign-in on %s", (provider) => {
  let t: TestDb;
  let userId: string;
  beforeAll(async () => {
    t = await createTestDb(provider);
    const passwordHash = await hashPassword("correct horse battery");
    userId = (await t.db.user.create({ data: { username: "ann", displayName: "Ann", passwordHash, roleAssignments: { create: { role: "Reader" } } } })).id;
    await t.db.user.create({ data: { username: "dis", displayName: "Dis", passwordHash, disabled: true } });
  });
  afterAll(async () => t?.drop());

  it("counts wrong passwords and refuses unknown users the same way", async () => {
    expect(await signInWithPassword(t.db, { username: "ann", password: "wrong" })).toEqual({ ok: false, reason: "invalid" });
    expect(await signInWithPassword(t.db, { username: "nobody", password: "wrong" })).toEqual({ ok: false, reason: "invalid" });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: userId } })).failedLoginCount).toBe(1);
  });

  it("opens a session that resolves to the user until it is revoked", async () => {
    const result = await signInWithPassword(t.db, { username: "ann", password: "correct horse battery", sourceAddress: "10.0.0.5", userAgent: "test" });
    if (!result.ok) throw new Error(`sign-in failed: ${result.reason}`);
    const user = await t.db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(user.failedLoginCount).toBe(0);
    expect(user.lastLoginAt).not.toBeNull();
    const session = await t.db.userSession.findUniqueOrThrow({ where: { id: result.sessionId } });
    expect(session).toMatchObject({ userId, sourceAddress: "10.0.0.5", userAgent: "test", revokedAt: null });
    expect(session.expiresAt.getTime()).toBeGreaterThan(Date.now());

    expect(await resolveSession(t.db, userId, result.sessionId)).toMatchObject({ name: "ann", grants: [{ role: "Reader", scopeTag: null }] });
    await revokeSession(t.db, result.sessionId);
    expect(await resolveSession(t.db, userId, result.sessionId)).toBeNull();
  });

  it("refuses a disabled user only after the right password", async () => {
    expect(await signInWithPassword(t.db, { username: "dis", password: "nope" })).toEqual({ ok: false, reason: "invalid" });
    expect(await signInWithPassword(t.db, { username: "dis", password: "correct horse battery" })).toEqual({ ok: false, reason: "disabled" });
  });
});

describe.each(testProviders)("sign-in throttling and lockout on %s", (provider) => {
  let t: TestDb;
  let userId: string;
  const admin: Principal = { kind: "user", userId: null, name: "root", grants: [{ role: "Administrator", scopeTag: null }] };
  beforeAll(async () => {
    t = await createTestDb(provider);
    const passwordHash = await hashPassword("correct horse battery");
    userId = (await t.db.user.create({ data: { username: "bob", displayName: "Bob", passwordHash } })).id;
  });
  afterAll(async () => t?.drop());

  it("delays each retry more, locks after five misses, and refuses even the right password while locked", async () => {
    const delays: number[] = [];
    const delay = async (ms: number) => void delays.push(ms);
    for (let i = 0; i < loginThrottle.maxFailures; i++) {
      expect(await signInWithPassword(t.db, { username: "bob", password: `guess-${i}` }, { delay })).toEqual({ ok: false, reason: "invalid" });
    }
    expect(delays).toEqual([0, 250, 500, 1000, 2000]);
    const locked = await t.db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(locked.failedLoginCount).toBe(5);
    const lockMs = locked.lockedUntil!.getTime() - Date.now();
    expect(lockMs).toBeGreaterThan(14 * 60_000);
    expect(lockMs).toBeLessThanOrEqual(15 * 60_000);

    expect(await signInWithPassword(t.db, { username: "bob", password: "correct horse battery" }, { delay })).toEqual({ ok: false, reason: "locked" });
    expect(delays).toHaveLength(5);
    const events = await t.db.auditEvent.findMany({ where: { targetId: userId }, orderBy: { id: "asc" } });
    expect(events.filter((e) => e.action === "auth.sign_in" && e.outcome === "failure")).toHaveLength(6);
    expect(events.filter((e) => e.action === "user.locked")).toHaveLength(1);
  });

  it("lets an administrator unlock the account, after which the right password works", async () => {
    await unlockUser(t.db, admin, userId, "10.1.2.3");
    const user = await t.db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(user).toMatchObject({ lockedUntil: null, failedLoginCount: 0 });
    expect(await t.db.auditEvent.findFirst({ where: { action: "user.unlock" } })).toMatchObject({ actorName: "root", targetId: userId, sourceAddress: "10.1.2.3" });
    const result = await signInWithPassword(t.db, { username: "bob", password: "correct horse battery" }, { delay: async () => {} });
    expect(result.ok).toBe(true);
  });

  it("lets the lock lapse on its own and clears it on the next success", async () => {
    await t.db.user.update({ where: { id: userId }, data: { failedLoginCount: 5, lockedUntil: new Date(Date.now() - 1000) } });
    const result = await signInWithPassword(t.db, { username: "bob", password: "correct horse battery" }, { delay: async () => {} });
    expect(result.ok).toBe(true);
    expect(await t.db.user.findUniqueOrThrow({ where: { id: userId } })).toMatchObject({ lockedUntil: null, failedLoginCount: 0 });
  });

  it("refuses an address that sprays passwords across accounts, even with a right password, and audits it", async () => {
    const sprayer = "198.51.100.7";
    for (let i = 0; i < addressThrottle.maxFailures; i++) {
      expect(await signInWithPassword(t.db, { username: `guess-${i}`, password: "Winter2026!", sourceAddress: sprayer })).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await signInWithPassword(t.db, { username: "bob", password: "correct horse battery", sourceAddress: sprayer })).toEqual({ ok: false, reason: "throttled" });
    expect(await t.db.auditEvent.count({ where: { action: "auth.sign_in", sourceAddress: sprayer, details: { equals: { reason: "address_throttled" } } } })).toBe(1);
    // Other addresses are not affected.
    expect((await signInWithPassword(t.db, { username: "bob", password: "correct horse battery", sourceAddress: "198.51.100.8" }, { delay: async () => {} })).ok).toBe(true);
  });
});
