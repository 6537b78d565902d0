import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/passwords";
import type { Principal } from "@/lib/auth/principal";
import { resolvePrincipal, resolveSession } from "@/lib/auth/resolve-principal";
import { signInWithPassword } from "@/lib/sign-in/sign-in-with-password";
import { generateToken, hashToken } from "@/lib/crypto/tokens";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import { changeOwnPassword } from "./change-own-password";
import { createUser } from "./create-user";
import { deleteUser } from "./delete-user";
import { getUser } from "./get-user";
import { listUsers } from "./list-users";
import { resetUserPassword } from "./reset-user-password";
import { changeOwnPasswordSchema, createUserSchema } from "./schemas";
import { setUserDisabled } from "./set-user-disabled";

const noDelay = { delay: async () => {} };

describe("user input schemas", () => {
  it("requires passwords of at least 12 characters that are not the username", () => {
    const base = { username: "carol", displayName: "Carol" };
    expect(createUserSchema.safeParse({ ...base, password: "short-pass1" }).error?.issues[0]).toMatchObject({ path: ["password"], message: "must be at least 12 characters" });
    expect(createUserSchema.safeParse({ ...base, username: "carol.example", password: "CAROL.EXAMPLE" }).error?.issues[0]).toMatchObject({ path: ["password"] });
    expect(createUserSchema.safeParse({ ...base, password: "a long enough one" }).success).toBe(true);
    expect(changeOwnPasswordSchema.safeParse({ currentPassword: "same password 1", newPassword: "same password 1" }).success).toBe(false);
  });
});

describe.each(testProviders)("managing users on %s", (provider) => {
  let t: TestDb;
  let admin: Principal;
  beforeAll(async () => {
    t = await createTestDb(provider);
    const adminId = (await t.db.user.create({ data: { username: "root", displayName: "Root", roleAssignments: { create: { role: "Administrator" } } } })).id;
    admin = { kind: "user", userId: adminId, name: "root", grants: [{ role: "Administrator", scopeTag: null }] };
  });
  afterAll(async () => t?.drop());

  it("creates a user who can sign in, refuses a duplicate name, and audits the creation", async () => {
    const user = await createUser(t.db, admin, { username: "dave", displayName: "Dave", password: "dave's long password" }, "10.0.0.9");
    expect(user).toMatchObject({ username: "dave", disabled: false, lockedUntil: null, roles: [], groups: [] });
    expect(user).not.toHaveProperty("passwordHash");
    expect((await signInWithPassword(t.db, { username: "dave", password: "dave's long password" }, noDelay)).ok).toBe(true);
    await expect(createUser(t.db, admin, { username: "dave", displayName: "Other", password: "another long password" })).rejects.toMatchObject({ code: "conflict", field: "username" });
    expect(await t.db.auditEvent.findFirst({ where: { action: "user.create" } })).toMatchObject({ actorName: "root", targetId: user.id, targetName: "dave", sourceAddress: "10.0.0.9" });
    expect((await listUsers(t.db)).map((u) => u.username)).toEqual(["dave", "root"]);
    expect(await getUser(t.db, user.id)).toMatchObject({ id: user.id, username: "dave", displayName: "Dave", disabled: false });
    await expect(getUser(t.db, crypto.randomUUID())).rejects.toMatchObject({ code: "not_found" });
  });

  it("disabling ends every session and revokes every API token; enabling lets the user back in without them", async () => {
    const user = await createUser(t.db, admin, { username: "erin", displayName: "Erin", password: "erin's long password" });
    const s1 = await signInWithPassword(t.db, { username: "erin", password: "erin's long password" }, noDelay);
    const s2 = await signInWithPassword(t.db, { username: "erin", password: "erin's long password" }, noDelay);
    if (!s1.ok || !s2.ok) throw new Error("sign-in failed");
    const token = generateToken("api");
    await t.db.apiToken.create({ data: { userId: user.id, name: "ci", tokenHash: hashToken(token), prefix: token.slice(0, 8) } });
    const bearer = new Headers({ authorization: `Bearer ${token}` });
    expect(await resolvePrincipal(t.db, bearer)).not.toBeNull();

    await setUserDisabled(t.db, admin, user.id, true);
    expect(await resolveSession(t.db, user.id, s1.sessionId)).toBeNull();
    expect(await resolveSession(t.db, user.id, s2.sessionId)).toBeNull();
    expect(await t.db.userSession.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
    expect(await resolvePrincipal(t.db, bearer)).toBeNull();
    expect(await t.db.auditEvent.findFirst({ where: { action: "user.disable", targetId: user.id } })).toMatchObject({ details: { revokedSessions: 2, revokedTokens: 1 } });

    await setUserDisabled(t.db, admin, user.id, false);
    // Sessions and tokens stay revoked: re-enabling resurrects neither; the user signs in and creates new tokens.
    expect(await resolvePrincipal(t.db, bearer)).toBeNull();
    expect(await resolveSession(t.db, user.id, s1.sessionId)).toBeNull();
    const again = await signInWithPassword(t.db, { username: "erin", password: "erin's long password" }, noDelay);
    if (!again.ok) throw new Error("sign-in failed");
    const fresh = await createApiToken(t.db, (await resolveSession(t.db, user.id, again.sessionId))!, { name: "new", expiresInDays: 1 });
    expect(await resolvePrincipal(t.db, new Headers({ authorization: `Bearer ${fresh.token}` }))).toMatchObject({ kind: "token", userId: user.id });
  });

  it("refuses to let an administrator disable or delete their own account", async () => {
    await expect(setUserDisabled(t.db, admin, admin.userId!, true)).rejects.toMatchObject({ code: "conflict" });
    await expect(deleteUser(t.db, admin, admin.userId!)).rejects.toMatchObject({ code: "conflict" });
  });

  it("an administrator's password reset ends the user's sessions and unlocks the account", async () => {
    const user = await createUser(t.db, admin, { username: "fay", displayName: "Fay", password: "fay's old password" });
    const s = await signInWithPassword(t.db, { username: "fay", password: "fay's old password" }, noDelay);
    if (!s.ok) throw new Error("sign-in failed");
    await t.db.user.update({ where: { id: user.id }, data: { failedLoginCount: 5, lockedUntil: new Date(Date.now() + 60_000) } });
    await resetUserPassword(t.db, admin, user.id, { password: "fay's new password" });
    expect(await resolveSession(t.db, user.id, s.sessionId)).toBeNull();
    expect((await signInWithPassword(t.db, { username: "fay", password: "fay's old password" }, noDelay)).ok).toBe(false);
    expect((await signInWithPassword(t.db, { username: "fay", password: "fay's new password" }, noDelay)).ok).toBe(true);
  });

  it("after a reset the user must choose their own password before anything else", async () => {
    const user = await createUser(t.db, admin, { username: "ida", displayName: "Ida", password: "ida's first password" });
    const before = await signInWithPassword(t.db, { username: "ida", password: "ida's first password" }, noDelay);
    if (!before.ok) throw new Error("sign-in failed");
    expect((await resolveSession(t.db, user.id, before.sessionId))?.mustChangePassword).toBeUndefined();
    await resetUserPassword(t.db, admin, user.id, { password: "set by the admin" });
    const s = await signInWithPassword(t.db, { username: "ida", password: "set by the admin" }, noDelay);
    if (!s.ok) throw new Error("sign-in failed");
    const ida = await resolveSession(t.db, user.id, s.sessionId);
    expect(ida?.mustChangePassword).toBe(true);
    await changeOwnPassword(t.db, ida!, { currentPassword: "set by the admin", newPassword: "ida's own password" });
    expect((await resolveSession(t.db, user.id, s.sessionId))?.mustChangePassword).toBeUndefined();
  });

  it("a reset revokes the user's API tokens; until the user has chosen a password no credential can create one", async () => {
    const user = await createUser(t.db, admin, { username: "jan", displayName: "Jan", password: "jan's first password" });
    const signedIn = await signInWithPassword(t.db, { username: "jan", password: "jan's first password" }, noDelay);
    if (!signedIn.ok) throw new Error("sign-in failed");
    const jan = (await resolveSession(t.db, user.id, signedIn.sessionId))!;
    const before = await createApiToken(t.db, jan, { name: "before reset", expiresInDays: null });
    const oldBearer = new Headers({ authorization: `Bearer ${before.token}` });
    expect(await resolvePrincipal(t.db, oldBearer)).not.toBeNull();

    await resetUserPassword(t.db, admin, user.id, { password: "set by the admin" });
    expect(await resolvePrincipal(t.db, oldBearer)).toBeNull();
    expect(await t.db.auditEvent.findFirst({ where: { action: "user.password_reset", targetId: user.id } })).toMatchObject({ details: { revokedSessions: 1, revokedTokens: 1 } });

    const s = await signInWithPassword(t.db, { username: "jan", password: "set by the admin" }, noDelay);
    if (!s.ok) throw new Error("sign-in failed");
    const mustChange = (await resolveSession(t.db, user.id, s.sessionId))!;
    await expect(createApiToken(t.db, mustChange, { name: "sneaky", expiresInDays: 1 })).rejects.toMatchObject({ code: "password_change_required" });
    // A token that somehow outlived the reset (issued by an older Baton) marks its principal and mints nothing either.
    const survivor = generateToken("api");
    await t.db.apiToken.create({ data: { userId: user.id, name: "survivor", tokenHash: hashToken(survivor), prefix: survivor.slice(0, 12) } });
    const viaToken = (await resolvePrincipal(t.db, new Headers({ authorization: `Bearer ${survivor}` })))!;
    expect(viaToken.mustChangePassword).toBe(true);
    await expect(createApiToken(t.db, viaToken, { name: "sneaky", expiresInDays: 1 })).rejects.toMatchObject({ code: "password_change_required" });
    expect(await t.db.apiToken.count({ where: { userId: user.id, name: "sneaky" } })).toBe(0);

    await changeOwnPassword(t.db, mustChange, { currentPassword: "set by the admin", newPassword: "jan's own password" });
    const own = await createApiToken(t.db, { ...mustChange, mustChangePassword: undefined }, { name: "after", expiresInDays: 1 });
    expect(await resolvePrincipal(t.db, new Headers({ authorization: `Bearer ${own.token}` }))).toMatchObject({ kind: "token", userId: user.id });
  });

  it("changing one's own password needs the current one and keeps only the current session", async () => {
    const user = await createUser(t.db, admin, { username: "gus", displayName: "Gus", password: "gus's old password" });
    const here = await signInWithPassword(t.db, { username: "gus", password: "gus's old password" }, noDelay);
    const elsewhere = await signInWithPassword(t.db, { username: "gus", password: "gus's old password" }, noDelay);
    if (!here.ok || !elsewhere.ok) throw new Error("sign-in failed");
    const gus: Principal = { kind: "user", userId: user.id, name: "gus", grants: [], sessionId: here.sessionId };
    await expect(changeOwnPassword(t.db, gus, { currentPassword: "not my password", newPassword: "gus's new password" })).rejects.toMatchObject({ code: "validation_failed", field: "currentPassword" });
    await changeOwnPassword(t.db, gus, { currentPassword: "gus's old password", newPassword: "gus's new password" });
    const row = await t.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword("gus's new password", row.passwordHash!)).toBe(true);
    expect(await resolveSession(t.db, user.id, here.sessionId)).not.toBeNull();
    expect(await resolveSession(t.db, user.id, elsewhere.sessionId)).toBeNull();
    expect(await t.db.auditEvent.count({ where: { action: "user.password_change", targetId: user.id } })).toBe(2);
  });

  it("deletes a user with their sessions and tokens", async () => {
    const user = await createUser(t.db, admin, { username: "hal", displayName: "Hal", password: "hal's long password" });
    await t.db.apiToken.create({ data: { userId: user.id, name: "x", tokenHash: hashToken(generateToken("api")), prefix: "bat_x" } });
    await deleteUser(t.db, admin, user.id);
    expect(await t.db.user.findUnique({ where: { id: user.id } })).toBeNull();
    expect(await t.db.apiToken.count({ where: { userId: user.id } })).toBe(0);
    await expect(deleteUser(t.db, admin, user.id)).rejects.toMatchObject({ code: "not_found" });
    expect(await t.db.auditEvent.findFirst({ where: { action: "user.delete" } })).toMatchObject({ targetName: "hal" });
  });
});
