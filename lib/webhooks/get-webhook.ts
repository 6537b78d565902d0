import type { DbOrTx } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { toWebhookView, webhookViewSelect, type WebhookView } from "./webhook-view";

export async function getWebhook(db: DbOrTx, webhookId: string): Promise<WebhookView> {
  const row = await db.webhook.findUnique({ where: { id: webhookId }, select: webhookViewSelect });
  if (!row) throw notFound("Webhook");
  return toWebhookView(row);
}
