import type { DbOrTx } from "@/lib/db";
import { findGroupIdOrThrow } from "./find-group-id";
import { registrationTokenViewSelect, toRegistrationTokenView, type RegistrationTokenView } from "./registration-token-view";

/** A group's registration tokens, newest first, revoked and expired ones included (their history). */
export async function listRegistrationTokens(db: DbOrTx, groupName: string, now = new Date()): Promise<RegistrationTokenView[]> {
  const groupId = await findGroupIdOrThrow(db, groupName);
  const rows = await db.workerRegistrationToken.findMany({ where: { groupId }, select: registrationTokenViewSelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
  return rows.map((r) => toRegistrationTokenView(r, now));
}
