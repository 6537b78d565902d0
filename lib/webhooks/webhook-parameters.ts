import type { DbOrTx } from "@/lib/db";
import { AppError, conflict, notFound } from "@/lib/errors";
import { checkJobParameters } from "@/lib/jobs/check-job-parameters";
import { webhookDataParameter, type WebhookData } from "./webhook-data";

/** Whether the version's param() block declares WebhookData (names match case-insensitively, as in PowerShell). */
function acceptsWebhookData(parsedBlock: unknown): boolean {
  // As lenient as checkJobParameters: a definition needs only its name.
  return Array.isArray(parsedBlock) && parsedBlock.some((p: unknown) => typeof (p as { name?: unknown })?.name === "string" && (p as { name: string }).name.toLowerCase() === webhookDataParameter.toLowerCase());
}

/**
 * A webhook job's parameters: the webhook's defaults, plus WebhookData when the runbook declares it.
 * A runbook without the parameter still runs with the defaults, as in Azure.
 */
export function webhookJobParameters(parsedBlock: unknown, defaults: Record<string, unknown>, data: WebhookData): Record<string, unknown> {
  return acceptsWebhookData(parsedBlock) ? { ...defaults, [webhookDataParameter]: data } : { ...defaults };
}

const sampleData: WebhookData = { WebhookName: "", RequestBody: "", RequestHeader: {} };

/**
 * Checks a webhook's default parameters against the runbook's published param() block as starting a
 * job would, so a webhook cannot be saved that would fail every call. Returns them with the declared
 * spellings. WebhookData is each call's own and cannot have a default.
 */
export async function checkWebhookParameters(db: DbOrTx, runbookId: string, defaults: Record<string, unknown>): Promise<Record<string, unknown>> {
  const reserved = Object.keys(defaults).find((k) => k.toLowerCase() === webhookDataParameter.toLowerCase());
  if (reserved) throw new AppError("validation_failed", `${webhookDataParameter} is filled in by each call and cannot have a default`, { field: `parameters.${reserved}` });
  const runbook = await db.runbook.findUnique({ where: { id: runbookId }, select: { name: true, publishedVersion: { select: { parameters: true, content: true } } } });
  if (!runbook) throw notFound("Runbook");
  if (!runbook.publishedVersion) throw conflict(`Publish runbook ${runbook.name} before adding a webhook`);
  const { parameters: block, content } = runbook.publishedVersion;
  const checked = await checkJobParameters(runbook.name, content, webhookJobParameters(block, defaults, sampleData));
  const result = { ...checked };
  for (const key of Object.keys(result)) if (key.toLowerCase() === webhookDataParameter.toLowerCase()) delete result[key];
  return result;
}
