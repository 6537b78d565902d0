import type { Principal } from "@/lib/auth/principal";
import type { DbOrTx } from "@/lib/db";
import { apiTokenViewSelect, toApiTokenView, type ApiTokenView } from "./api-token-view";
import { requireUserId } from "./require-user-id";

/** The caller's own tokens, newest first. */
export async function listApiTokens(db: DbOrTx, principal: Principal): Promise<ApiTokenView[]> {
  const rows = await db.apiToken.findMany({ where: { userId: requireUserId(principal) }, select: apiTokenViewSelect, orderBy: { createdAt: "desc" } });
  const now = new Date();
  return rows.map((r) => toApiTokenView(r, now));
}
