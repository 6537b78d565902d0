import type { Prisma } from "@/generated/postgresql/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Principal } from "@/lib/auth/principal";
import type { Db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { assertWorkerGroupExists } from "@/lib/jobs/assert-worker-group-exists";
import type { UpdateWebhookInput } from "./schemas";
import { checkWebhookParameters } from "./webhook-parameters";
import { toWebhookView, webhookViewSelect, type WebhookView } from "./webhook-view";

/** Changes what a webhook does (enabled, expiry, default parameters, run-on group); never its token. */
export async function updateWebhook(db: Db, principal: Principal, webhookId: string, input: UpdateWebhookInput, sourceAddress: string | null = null): Promise<WebhookView> {
  const existing = await db.webhook.findUnique({ where: { id: webhookId }, select: { runbookId: true } });
  if (!existing) throw notFound("Webhook");
  const parameters = input.parameters === undefined ? undefined : await checkWebhookParameters(db, existing.runbookId, input.parameters);
  if (input.runOn) await assertWorkerGroupExists(db, input.runOn);
  return db.$transaction(async (tx) => {
    const data: Prisma.WebhookUpdateInput = {
      ...(input.enabled === undefined ? {} : { enabled: input.enabled }),
      ...(input.expiresAt === undefined ? {} : { expiresAt: input.expiresAt }),
      ...(parameters === undefined ? {} : { parameters: parameters as Prisma.InputJsonObject }),
      ...(input.runOn === undefined ? {} : { runOn: input.runOn }),
    };
    const row = await tx.webhook.update({ where: { id: webhookId }, data, select: webhookViewSelect });
    await recordAuditEvent(tx, {
      actor: principal,
      action: "webhook.update",
      target: { type: "webhook", id: row.id, name: row.name },
      sourceAddress,
      details: {
        changed: Object.keys(data),
        enabled: row.enabled,
        expiresAt: row.expiresAt.toISOString(),
        ...(parameters === undefined ? {} : { parameters: Object.keys(parameters) }),
        runOn: row.runOn,
      },
    });
    return toWebhookView(row);
  });
}
