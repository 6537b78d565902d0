import type { DbOrTx } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { toWebhookView, webhookViewSelect, type WebhookView } from "./webhook-view";

/** A runbook's webhooks by name. */
export async function listWebhooks(db: DbOrTx, runbookId: string): Promise<WebhookView[]> {
  const rows = await db.webhook.findMany({ where: { runbookId }, select: webhookViewSelect, orderBy: { name: "asc" } });
  const now = new Date();
  return rows.map((r) => toWebhookView(r, now));
}

export async function getWebhook(db: DbOrTx, webhookId: string): Promise<WebhookView> {
  const row = await db.webhook.findUnique({ where: { id: webhookId }, select: webhookViewSelect });
  if (!row) throw notFound("Webhook");
  return toWebhookView(row);
}
