import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { hashToken } from "@/lib/crypto/tokens";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertStorableInput } from "@/lib/input/storable-input";
import { startJob } from "@/lib/jobs/start-job";
import { takeWebhookCall, type WebhookRate } from "./take-webhook-call";
import { webhookJobParameters } from "./webhook-parameters";
import { webhookRequestHeader } from "./webhook-request-header";
import { storedWebhookParameters } from "./webhook-view";

/** Largest request body a webhook call may carry. */
export const webhookBodyLimitBytes = 512 * 1024;

export interface WebhookCall {
  /** The token from the URL, as sent: unchecked, possibly malformed. */
  token: string;
  headers: Headers;
  /** Reads the body (up to webhookBodyLimitBytes); called only once the webhook is known to be callable. */
  readBody: () => Promise<string>;
  sourceAddress?: string | null;
}

/** One answer for every URL that does not start a job, so a caller cannot tell unknown from disabled or expired. */
const webhookNotFoundMessage = "Webhook not found";

/**
 * Handles one call of a webhook URL: finds the webhook by the token's hash, applies its rate limit,
 * and starts a job of its runbook's published version with the webhook's default parameters and
 * (when the runbook declares it) `$WebhookData` describing the call.
 */
export async function invokeWebhook(db: Db, call: WebhookCall, rate: WebhookRate): Promise<{ jobId: string }> {
  // Every token, malformed or not, is hashed and looked up, so all refusals cost the same work.
  const webhook = await db.webhook.findUnique({
    where: { tokenHash: hashToken(call.token) },
    select: { id: true, name: true, runbookId: true, createdByUserId: true, enabled: true, expiresAt: true, parameters: true, runOn: true, runbook: { select: { publishedVersion: { select: { parameters: true } } } } },
  });
  if (!webhook || !webhook.enabled || webhook.expiresAt <= new Date()) throw new AppError("not_found", webhookNotFoundMessage);

  const retryAfterSeconds = await takeWebhookCall(db, webhook.id, rate);
  if (retryAfterSeconds > 0) {
    throw new AppError("rate_limited", `Webhook ${webhook.name} accepts a limited number of calls per minute; retry in ${retryAfterSeconds} s`, { details: { retryAfterSeconds } });
  }

  const body = await call.readBody();
  assertStorableInput(body, "body");
  const data = { WebhookName: webhook.name, RequestBody: body, RequestHeader: webhookRequestHeader(call.headers, call.token) };
  const parameters = webhookJobParameters(webhook.runbook.publishedVersion?.parameters ?? null, storedWebhookParameters(webhook.parameters), data);
  const { jobId } = await startJob(db, {
    runbookId: webhook.runbookId,
    input: { parameters, ...(webhook.runOn ? { runOn: webhook.runOn } : {}) },
    startedBy: { kind: "webhook", webhookId: webhook.id, actingUserId: webhook.createdByUserId, name: webhook.name },
  });
  await db.$transaction(async (tx) => {
    await tx.webhook.update({ where: { id: webhook.id }, data: { lastInvokedAt: new Date() } });
    await recordAuditEvent(tx, {
      actor: { kind: "webhook", id: webhook.id, name: webhook.name },
      action: "webhook.invoke",
      target: { type: "webhook", id: webhook.id, name: webhook.name },
      sourceAddress: call.sourceAddress,
      details: { jobId, bodyBytes: Buffer.byteLength(body) },
    });
  });
  return { jobId };
}
