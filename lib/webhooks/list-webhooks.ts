import type { DbOrTx } from "@/lib/db";
import { toWebhookView, webhookViewSelect, type WebhookView } from "./webhook-view";

/** A runbook's webhooks by name. */
export async function listWebhooks(db: DbOrTx, runbookId: string): Promise<WebhookView[]> {
  const rows = await db.webhook.findMany({ where: { runbookId }, select: webhookViewSelect, orderBy: { name: "asc" } });
  const now = new Date();
  return rows.map((r) => toWebhookView(r, now));
}
