import { runbookIdParamsSchema } from "@/lib/runbooks/schemas";
import { webhookBodyLimitBytes } from "@/lib/webhooks/invoke-webhook";
import { createWebhookSchema, updateWebhookSchema, webhookIdParamsSchema, webhookTokenParamsSchema } from "@/lib/webhooks/schemas";
import type { ApiOperation } from "./operation";
import { objectResponse } from "./response-schemas";

const tag = "Webhooks";
const webhook = objectResponse("A webhook: id, name, runbookId, enabled, status (active|disabled|expired), expiresAt, parameters, runOn, lastInvokedAt, createdAt, updatedAt, createdBy (never the token).");

export const webhookOperations: ApiOperation[] = [
  {
    method: "GET",
    path: "/runbooks/{runbookId}/webhooks",
    tag,
    summary: "List a runbook's webhooks",
    access: "webhook.read",
    params: runbookIdParamsSchema,
    response: { status: 200, description: "The webhooks, as an array.", schema: { jsonSchema: { type: "array", items: { type: "object" } } } },
  },
  {
    method: "POST",
    path: "/runbooks/{runbookId}/webhooks",
    tag,
    summary: "Create a webhook",
    description: "The response's `url` carries the token this one time only; Baton stores only its hash.",
    access: "webhook.write",
    params: runbookIdParamsSchema,
    body: createWebhookSchema,
    response: { status: 201, description: "`{webhook, url}`", schema: objectResponse("`{webhook, url}`") },
  },
  { method: "GET", path: "/webhooks/{webhookId}", tag, summary: "Get a webhook", access: "webhook.read", params: webhookIdParamsSchema, response: { status: 200, description: "The webhook.", schema: webhook } },
  {
    method: "PATCH",
    path: "/webhooks/{webhookId}",
    tag,
    summary: "Enable, disable or change a webhook",
    description: "Expiry, default parameters and run-on group; the token can never be read or changed.",
    access: "webhook.write",
    params: webhookIdParamsSchema,
    body: updateWebhookSchema,
    response: { status: 200, description: "The webhook.", schema: webhook },
  },
  { method: "DELETE", path: "/webhooks/{webhookId}", tag, summary: "Delete a webhook", access: "webhook.write", params: webhookIdParamsSchema, response: { status: 204, description: "Deleted." } },
  {
    method: "POST",
    path: "/webhooks/invoke/{token}",
    tag,
    summary: "Call a webhook (starts a job)",
    description:
      "The token in the URL is the credential: no session or API token. The body (any content type) reaches the runbook as `$WebhookData.RequestBody`. " +
      "Unknown, disabled and expired webhooks all answer 404; each webhook is rate-limited (429 with Retry-After).",
    access: "public",
    params: webhookTokenParamsSchema,
    rawBody: { contentType: "*/*", description: "Any payload; passed to the runbook as text." },
    bodyLimitBytes: webhookBodyLimitBytes,
    response: { status: 202, description: "Azure Automation's answer: `{JobIds: [id]}`.", schema: objectResponse("`{JobIds: [jobId]}`") },
    errors: [429],
  },
];
