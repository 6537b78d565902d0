import type { Db } from "@/lib/db";

/** Ends a browser session at once; the JWT naming it is refused from then on. */
export async function revokeSession(db: Db, sessionId: string): Promise<void> {
  await db.userSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}
