import type { DbOrTx } from "@/lib/db";

/**
 * Revokes every live personal API token of a user (administrator's password reset, disable). A token
 * is a credential the old password or an earlier holder of the account may have handed out; after
 * either event only tokens the user creates anew, once signed in with a password of their own, work.
 */
export async function revokeUserApiTokens(db: DbOrTx, userId: string): Promise<number> {
  const { count } = await db.apiToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
  return count;
}
