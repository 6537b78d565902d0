import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { addressThrottle, failureDelayMs, lockedUntilAfterFailure } from "./login-throttle";
import { hashPassword, verifyPassword } from "@/lib/auth/passwords";
import { userSessionData, type SignInOrigin } from "./user-session-data";

export interface SignInAttempt extends SignInOrigin {
  username: string;
  password: string;
}

export type SignInResult =
  | { ok: true; userId: string; username: string; sessionId: string }
  | { ok: false; reason: "invalid" | "disabled" | "locked" | "throttled" };

// Verified against when the username is unknown, so a miss costs the same time as a wrong password
// and response timing does not reveal which usernames exist.
let dummyHash: Promise<string> | undefined;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Checks a username and password. On success it records the sign-in and opens a UserSession row
 * (what the session cookie names and sign-out revokes). Wrong passwords are counted, each one delays
 * the next attempt, and enough of them lock the account; too many failures from one source address
 * refuse that address for a while (lib/sign-in/login-throttle.ts). Every failure is audited.
 */
export async function signInWithPassword(db: Db, attempt: SignInAttempt, options: { delay?: (ms: number) => Promise<void> } = {}): Promise<SignInResult> {
  const delay = options.delay ?? sleep;
  const anonymous = { kind: "anonymous" as const, id: null, name: attempt.username };
  if (attempt.sourceAddress && (await recentFailuresFrom(db, attempt.sourceAddress)) >= addressThrottle.maxFailures) {
    await recordAuditEvent(db, { actor: anonymous, action: "auth.sign_in", outcome: "failure", sourceAddress: attempt.sourceAddress, details: { reason: "address_throttled" } });
    return { ok: false, reason: "throttled" };
  }
  const user = await db.user.findUnique({
    where: { username: attempt.username },
    select: { id: true, username: true, passwordHash: true, disabled: true, lockedUntil: true, failedLoginCount: true },
  });
  if (!user?.passwordHash) {
    await verifyPassword(attempt.password, await (dummyHash ??= hashPassword("baton-timing-equaliser")));
    await recordAuditEvent(db, { actor: anonymous, action: "auth.sign_in", outcome: "failure", sourceAddress: attempt.sourceAddress, details: { reason: "unknown_user" } });
    return { ok: false, reason: "invalid" };
  }
  const now = new Date();
  const audit = { actor: anonymous, target: { type: "user", id: user.id, name: user.username }, sourceAddress: attempt.sourceAddress };
  // A locked account is not checked at all: otherwise "locked" after a guess would confirm the guess.
  if (user.lockedUntil && user.lockedUntil > now) {
    await recordAuditEvent(db, { ...audit, action: "auth.sign_in", outcome: "failure", details: { reason: "locked" } });
    return { ok: false, reason: "locked" };
  }
  await delay(failureDelayMs(user.failedLoginCount));
  if (!(await verifyPassword(attempt.password, user.passwordHash))) {
    const { failedLoginCount } = await db.user.update({ where: { id: user.id }, data: { failedLoginCount: { increment: 1 } }, select: { failedLoginCount: true } });
    const lockedUntil = lockedUntilAfterFailure(failedLoginCount, now);
    if (lockedUntil) await db.user.update({ where: { id: user.id }, data: { lockedUntil } });
    await recordAuditEvent(db, { ...audit, action: "auth.sign_in", outcome: "failure", details: { reason: "invalid", failedLoginCount } });
    if (lockedUntil) await recordAuditEvent(db, { ...audit, action: "user.locked", details: { lockedUntil: lockedUntil.toISOString(), failedLoginCount } });
    return { ok: false, reason: "invalid" };
  }
  // Only someone who knows the password learns that the account is disabled.
  if (user.disabled) return { ok: false, reason: "disabled" };
  const [, session] = await db.$transaction([
    db.user.update({ where: { id: user.id }, data: { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now } }),
    db.userSession.create({ data: userSessionData(user.id, now, attempt) }),
  ]);
  await recordAuditEvent(db, { ...audit, actor: { kind: "user", id: user.id, name: user.username }, action: "auth.sign_in" });
  return { ok: true, userId: user.id, username: user.username, sessionId: session.id };
}

async function recentFailuresFrom(db: Db, sourceAddress: string): Promise<number> {
  const since = new Date(Date.now() - addressThrottle.windowMinutes * 60_000);
  return db.auditEvent.count({ where: { action: "auth.sign_in", outcome: "failure", sourceAddress, at: { gte: since } } });
}
