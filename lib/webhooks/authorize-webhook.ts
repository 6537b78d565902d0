import type { Permission } from "@/lib/auth/permissions";
import { can, type Principal } from "@/lib/auth/principal";
import type { DbOrTx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";

/**
 * Checks a webhook permission against the tags of the webhook's runbook. A webhook whose runbook the
 * principal may not read is reported as missing, like the runbook itself.
 */
export async function authorizeWebhook(db: DbOrTx, principal: Principal, webhookId: string, permission: Permission): Promise<{ runbookId: string; name: string }> {
  const row = await db.webhook.findUnique({ where: { id: webhookId }, select: { name: true, runbookId: true, runbook: { select: { tags: { select: { tag: true } } } } } });
  if (!row) throw notFound("Webhook");
  const tags = row.runbook.tags.map((t) => t.tag);
  if (!can(principal, "webhook.read", tags) && !can(principal, "runbook.read", tags)) throw notFound("Webhook");
  if (!can(principal, permission, tags)) throw new AppError("forbidden", `You need the ${permission} permission on this runbook`);
  return { runbookId: row.runbookId, name: row.name };
}
