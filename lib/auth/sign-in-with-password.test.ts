import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import { hashPassword } from "./passwords";
import { resolveSession } from "./resolve-principal";
import { revokeSession } from "./revoke-session";
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
