import { z } from "zod";
import type { Prisma } from "@/generated/postgresql/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Principal } from "@/lib/auth/principal";
import { generateToken, hashToken } from "@/lib/crypto/tokens";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertWorkerGroupExists } from "@/lib/jobs/assert-worker-group-exists";
import type { CreateWebhookInput } from "./schemas";
import { checkWebhookParameters } from "./webhook-parameters";
import { webhookUrl } from "./webhook-url";
import { toWebhookView, webhookView, webhookViewSelect } from "./webhook-view";

/** What creating a webhook answers: the webhook, and its URL with the token, shown this one time. */
export const createdWebhookView = z.object({ webhook: webhookView, url: z.string() });
export type CreatedWebhook = z.infer<typeof createdWebhookView>;

export interface CreateWebhookOptions {
  /** Where callers reach Baton (BATON_URL); the URL is built on it. */
  baseUrl: string;
  sourceAddress?: string | null;
}

/**
 * Creates a webhook on a published runbook. Only the token's SHA-256 is stored, so the returned `url`
 * is the one and only time anyone sees it (as in Azure Automation).
 */
export async function createWebhook(db: Db, principal: Principal, runbookId: string, input: CreateWebhookInput, options: CreateWebhookOptions): Promise<CreatedWebhook> {
  const parameters = await checkWebhookParameters(db, runbookId, input.parameters);
  if (input.runOn) await assertWorkerGroupExists(db, input.runOn);
  const token = generateToken("webhook");
  return db.$transaction(async (tx) => {
    if (await tx.webhook.findUnique({ where: { runbookId_name: { runbookId, name: input.name } }, select: { id: true } })) {
      throw new AppError("conflict", `This runbook already has a webhook named ${input.name}`, { field: "name" });
    }
    const row = await tx.webhook.create({
      data: {
        runbookId,
        name: input.name,
        tokenHash: hashToken(token),
        expiresAt: input.expiresAt,
        enabled: input.enabled,
        parameters: parameters as Prisma.InputJsonObject,
        runOn: input.runOn,
        createdBy: principal.name,
        createdByUserId: principal.userId,
      },
      select: webhookViewSelect,
    });
    await recordAuditEvent(tx, {
      actor: principal,
      action: "webhook.create",
      target: { type: "webhook", id: row.id, name: row.name },
      sourceAddress: options.sourceAddress,
      details: { runbookId, expiresAt: row.expiresAt.toISOString(), enabled: row.enabled, parameters: Object.keys(parameters), runOn: row.runOn },
    });
    return { webhook: toWebhookView(row), url: webhookUrl(options.baseUrl, token) };
  });
}
