import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Principal } from "@/lib/auth/principal";
import type { Db } from "@/lib/db";
import { notFound } from "@/lib/errors";

/** Deletes a webhook; its URL stops working at once. Jobs it started keep their record (webhookId is cleared). */
export async function deleteWebhook(db: Db, principal: Principal, webhookId: string, sourceAddress: string | null = null): Promise<void> {
  await db.$transaction(async (tx) => {
    const row = await tx.webhook.findUnique({ where: { id: webhookId }, select: { id: true, name: true, runbookId: true } });
    if (!row) throw notFound("Webhook");
    await tx.webhook.delete({ where: { id: row.id } });
    await recordAuditEvent(tx, { actor: principal, action: "webhook.delete", target: { type: "webhook", id: row.id, name: row.name }, sourceAddress, details: { runbookId: row.runbookId } });
  });
}
