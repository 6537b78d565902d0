import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { usernameSchema } from "@/lib/users/schemas";
import { userSessionData, type SignInOrigin } from "./user-session-data";

/** What Baton uses from the identity provider's ID token / userinfo claims. */
export interface OidcIdentity {
  subject: string;
  preferredUsername: string | null;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
}

export type OidcSignInResult =
  | { ok: true; userId: string; username: string; sessionId: string }
  | { ok: false; reason: "no_account" | "username_taken" | "disabled" };

/** Reads the standard OpenID Connect claims; anything missing or of the wrong type counts as absent. */
export function oidcIdentityFromClaims(claims: Record<string, unknown>): OidcIdentity | null {
  const text = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : null);
  const subject = text(claims.sub);
  if (!subject) return null;
  return {
    subject,
    preferredUsername: text(claims.preferred_username),
    email: text(claims.email),
    // Some providers send "true" as a string; anything else is not a verified address.
    emailVerified: claims.email_verified === true || claims.email_verified === "true",
    name: text(claims.name),
  };
}

/**
 * Maps a verified OpenID Connect identity to a Baton user and opens a session. In order:
 * 1. the user already linked to this subject;
 * 2. the one unlinked local user whose email equals the provider's *verified* email, which is then
 *    linked (an unverified address could be anyone's, so it never links);
 * 3. with `createUsers`, a new user named by preferred_username (or the email) with no roles:
 *    an administrator grants them, as for local accounts.
 * Otherwise the sign-in is refused. Every outcome is audited.
 */
export async function signInWithOidc(db: Db, identity: OidcIdentity, options: SignInOrigin & { createUsers: boolean }): Promise<OidcSignInResult> {
  const actor = { kind: "anonymous" as const, id: null, name: identity.preferredUsername ?? identity.email ?? identity.subject };
  const fail = async (reason: "no_account" | "username_taken" | "disabled", target?: { id: string; username: string }) => {
    await recordAuditEvent(db, {
      actor,
      action: "auth.sign_in",
      outcome: "failure",
      target: target ? { type: "user", id: target.id, name: target.username } : undefined,
      sourceAddress: options.sourceAddress,
      details: { method: "oidc", reason, subject: identity.subject },
    });
    return { ok: false as const, reason };
  };

  let user = await db.user.findUnique({ where: { oidcSubject: identity.subject }, select: { id: true, username: true, disabled: true } });
  if (!user && identity.email && identity.emailVerified) {
    const matches = await db.user.findMany({ where: { email: identity.email, oidcSubject: null }, select: { id: true, username: true, disabled: true }, take: 2 });
    if (matches.length === 1) {
      user = matches[0]!;
      await db.user.update({ where: { id: user.id }, data: { oidcSubject: identity.subject } });
      await recordAuditEvent(db, { actor, action: "user.oidc_link", target: { type: "user", id: user.id, name: user.username }, sourceAddress: options.sourceAddress, details: { subject: identity.subject, email: identity.email } });
    }
  }
  if (!user) {
    if (!options.createUsers) return fail("no_account");
    const username = usernameSchema.safeParse(identity.preferredUsername ?? identity.email ?? "");
    if (!username.success) return fail("no_account");
    if (await db.user.findUnique({ where: { username: username.data }, select: { id: true } })) return fail("username_taken");
    user = await db.user.create({
      data: { username: username.data, displayName: identity.name ?? username.data, email: identity.email, oidcSubject: identity.subject },
      select: { id: true, username: true, disabled: true },
    });
    await recordAuditEvent(db, { actor, action: "user.create", target: { type: "user", id: user.id, name: user.username }, sourceAddress: options.sourceAddress, details: { method: "oidc", subject: identity.subject } });
  }
  if (user.disabled) return fail("disabled", user);
  const now = new Date();
  const [, session] = await db.$transaction([
    db.user.update({ where: { id: user.id }, data: { lastLoginAt: now } }),
    db.userSession.create({ data: userSessionData(user.id, now, options) }),
  ]);
  await recordAuditEvent(db, { actor: { kind: "user", id: user.id, name: user.username }, action: "auth.sign_in", target: { type: "user", id: user.id, name: user.username }, sourceAddress: options.sourceAddress, details: { method: "oidc" } });
  return { ok: true, userId: user.id, username: user.username, sessionId: session.id };
}
