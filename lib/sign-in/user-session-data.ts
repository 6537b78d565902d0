import { sessionMaxAgeSeconds } from "@/lib/auth/session-config";

/** Where a sign-in came from, as recorded on the session it opens. */
export interface SignInOrigin {
  sourceAddress?: string | null;
  userAgent?: string | null;
}

/** The UserSession row a successful sign-in opens, whichever way the user proved who they are. */
export function userSessionData(userId: string, now: Date, origin: SignInOrigin) {
  return {
    userId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + sessionMaxAgeSeconds * 1000),
    sourceAddress: origin.sourceAddress?.slice(0, 64) || null,
    userAgent: origin.userAgent?.slice(0, 512) || null,
  };
}
