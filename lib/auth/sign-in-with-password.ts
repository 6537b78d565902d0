import type { Db } from "@/lib/db";
import { hashPassword, verifyPassword } from "./passwords";
import { sessionMaxAgeSeconds } from "./session-config";

export interface SignInAttempt {
  username: string;
  password: string;
  sourceAddress?: string | null;
  userAgent?: string | null;
}

export type SignInResult =
  | { ok: true; userId: string; username: string; sessionId: string }
  | { ok: false; reason: "invalid" | "disabled" | "locked" };

// Verified against when the username is unknown, so a miss costs the same time as a wrong password
// and response timing does not reveal which usernames exist.
let dummyHash: Promise<string> | undefined;

/**
 * Checks a username and password. On success it records the sign-in and opens a UserSession row
 * (what the session cookie names and sign-out revokes); on a wrong password it counts the failure.
 */
export async function signInWithPassword(db: Db, attempt: SignInAttempt): Promise<SignInResult> {
  const user = await db.user.findUnique({
    where: { username: attempt.username },
    select: { id: true, username: true, passwordHash: true, disabled: true, lockedUntil: true },
  });
  if (!user?.passwordHash) {
    await verifyPassword(attempt.password, await (dummyHash ??= hashPassword("baton-timing-equaliser")));
    return { ok: false, reason: "invalid" };
  }
  if (!(await verifyPassword(attempt.password, user.passwordHash))) {
    await db.user.update({ where: { id: user.id }, data: { failedLoginCount: { increment: 1 } } });
    return { ok: false, reason: "invalid" };
  }
  // Only someone who knows the password learns that the account is disabled or locked.
  if (user.disabled) return { ok: false, reason: "disabled" };
  const now = new Date();
  if (user.lockedUntil && user.lockedUntil > now) return { ok: false, reason: "locked" };
  const [, session] = await db.$transaction([
    db.user.update({ where: { id: user.id }, data: { failedLoginCount: 0, lastLoginAt: now } }),
    db.userSession.create({
      data: {
        userId: user.id,
        createdAt: now,
        lastSeenAt: now,
        expiresAt: new Date(now.getTime() + sessionMaxAgeSeconds * 1000),
        sourceAddress: attempt.sourceAddress?.slice(0, 64) || null,
        userAgent: attempt.userAgent?.slice(0, 512) || null,
      },
    }),
  ]);
  return { ok: true, userId: user.id, username: user.username, sessionId: session.id };
}
