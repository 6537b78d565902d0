import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import { oidcProvider } from "./oidc-provider";
import { resolveSession } from "@/lib/auth/resolve-principal";
import { oidcIdentityFromClaims, signInWithOidc, type OidcIdentity } from "./sign-in-with-oidc";

const identity = (over: Partial<OidcIdentity>): OidcIdentity => ({ subject: "sub-1", preferredUsername: null, email: null, emailVerified: false, name: null, ...over });
const origin = { sourceAddress: "10.9.8.7", userAgent: "test" };

describe("oidcIdentityFromClaims", () => {
  it("reads the standard claims and treats only true as a verified email", () => {
    expect(oidcIdentityFromClaims({ sub: "abc", preferred_username: "kim", email: "kim@example.com", email_verified: "true", name: "Kim" })).toEqual({
      subject: "abc",
      preferredUsername: "kim",
      email: "kim@example.com",
      emailVerified: true,
      name: "Kim",
    });
    expect(oidcIdentityFromClaims({ sub: "abc", email: "kim@example.com", email_verified: 1 })?.emailVerified).toBe(false);
    expect(oidcIdentityFromClaims({ email: "kim@example.com" })).toBeNull();
  });
});

describe("oidcProvider", () => {
  it("discovers the issuer, validates the ID token and uses PKCE and state", () => {
    const provider = oidcProvider({ issuer: "https://idp.example.com/realms/ops", clientId: "baton", clientSecret: "s3cret", name: "Contoso", createUsers: false });
    expect(provider).toMatchObject({ id: "oidc", name: "Contoso", type: "oauth", idToken: true, checks: ["pkce", "state"], clientId: "baton" });
    expect(provider.wellKnown).toBe("https://idp.example.com/realms/ops/.well-known/openid-configuration");
  });
});

describe.each(testProviders)("OpenID Connect sign-in on %s", (provider) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb(provider);
    await t.db.user.create({ data: { username: "lee", displayName: "Lee", email: "lee@example.com" } });
    await t.db.user.create({ data: { username: "off", displayName: "Off", email: "off@example.com", disabled: true } });
    await t.db.user.create({ data: { username: "twin-a", displayName: "A", email: "twin@example.com" } });
    await t.db.user.create({ data: { username: "twin-b", displayName: "B", email: "twin@example.com" } });
  });
  afterAll(async () => t?.drop());

  it("links the one local user with the verified email, then finds them by subject", async () => {
    const first = await signInWithOidc(t.db, identity({ subject: "lee-sub", email: "lee@example.com", emailVerified: true }), { ...origin, createUsers: false });
    if (!first.ok) throw new Error(first.reason);
    expect(first.username).toBe("lee");
    expect(await resolveSession(t.db, first.userId, first.sessionId)).toMatchObject({ name: "lee" });
    expect(await t.db.userSession.findUniqueOrThrow({ where: { id: first.sessionId } })).toMatchObject({ sourceAddress: "10.9.8.7" });
    // The email may change at the provider later; the subject still identifies the same person.
    const again = await signInWithOidc(t.db, identity({ subject: "lee-sub", email: "lee@new.example.com", emailVerified: true }), { ...origin, createUsers: false });
    expect(again).toMatchObject({ ok: true, userId: first.userId });
    expect(await t.db.auditEvent.count({ where: { action: "user.oidc_link", targetId: first.userId } })).toBe(1);
  });

  it("never links by an unverified or ambiguous email", async () => {
    expect(await signInWithOidc(t.db, identity({ subject: "x1", email: "off@example.com", emailVerified: false }), { ...origin, createUsers: false })).toEqual({ ok: false, reason: "no_account" });
    expect(await signInWithOidc(t.db, identity({ subject: "x2", email: "twin@example.com", emailVerified: true }), { ...origin, createUsers: false })).toEqual({ ok: false, reason: "no_account" });
    const refusal = await t.db.auditEvent.findFirst({ where: { action: "auth.sign_in", outcome: "failure" }, orderBy: { id: "desc" } });
    expect(refusal).toMatchObject({ sourceAddress: "10.9.8.7", details: { method: "oidc", reason: "no_account", subject: "x2" } });
  });

  it("refuses a disabled user even when the provider vouches for them", async () => {
    expect(await signInWithOidc(t.db, identity({ subject: "off-sub", email: "off@example.com", emailVerified: true }), { ...origin, createUsers: true })).toEqual({ ok: false, reason: "disabled" });
  });

  it("creates a user without roles only when allowed, and never takes over an existing username", async () => {
    const kim = identity({ subject: "kim-sub", preferredUsername: "kim", email: "kim@example.com", name: "Kim Park" });
    expect(await signInWithOidc(t.db, kim, { ...origin, createUsers: false })).toEqual({ ok: false, reason: "no_account" });
    const created = await signInWithOidc(t.db, kim, { ...origin, createUsers: true });
    if (!created.ok) throw new Error(created.reason);
    const row = await t.db.user.findUniqueOrThrow({ where: { id: created.userId }, include: { roleAssignments: true } });
    expect(row).toMatchObject({ username: "kim", displayName: "Kim Park", email: "kim@example.com", oidcSubject: "kim-sub", passwordHash: null, roleAssignments: [] });
    expect(await signInWithOidc(t.db, identity({ subject: "imposter", preferredUsername: "lee" }), { ...origin, createUsers: true })).toEqual({ ok: false, reason: "username_taken" });
  });
});
