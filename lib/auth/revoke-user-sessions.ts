import type { DbOrTx } from "@/lib/db";

/** Ends every open browser session of a user at once (disable, password reset, password change). */
export async function revokeUserSessions(db: DbOrTx, userId: string, options: { exceptSessionId?: string } = {}): Promise<number> {
  const { count } = await db.userSession.updateMany({
    where: { userId, revokedAt: null, ...(options.exceptSessionId ? { id: { not: options.exceptSessionId } } : {}) },
    data: { revokedAt: new Date() },
  });
  return count;
}
