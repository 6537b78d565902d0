import { z } from "zod";
import { pageQuerySchema } from "@/lib/paging/page-query";
import { runbookIdParamsSchema } from "@/lib/runbooks/schemas";
import { webhookBodyLimitBytes } from "@/lib/webhooks/invoke-webhook";
import { createWebhookSchema, updateWebhookSchema, webhookIdParamsSchema, webhookTokenParamsSchema } from "@/lib/webhooks/schemas";
import type { WebhookView } from "@/lib/webhooks/webhook-view";
import type { ApiOperation } from "./operation";
import { pageOf, viewSchema } from "./response-schemas";

const tag = "Webhooks";

export const webhookSchema = viewSchema<WebhookView>()(
  z.object({
    id: z.string(),
    name: z.string(),
    runbookId: z.string(),
    enabled: z.boolean(),
    status: z.enum(["active", "disabled", "expired"]).describe("What a call gets now: active starts a job; disabled and expired get 404."),
    expiresAt: z.string(),
    parameters: z.record(z.string(), z.unknown()).describe("Default parameter values every call starts the runbook with."),
    runOn: z.string().nullable(),
    lastInvokedAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    createdBy: z.string().nullable(),
  }),
);

export const webhookOperations: ApiOperation[] = [
  {
    method: "GET",
    path: "/runbooks/{runbookId}/webhooks",
    tag,
    summary: "List a runbook's webhooks",
    description: "By name. Tokens are never returned.",
    access: "webhook.read",
    params: runbookIdParamsSchema,
    query: pageQuerySchema,
    response: { status: 200, description: "A page of webhooks.", schema: pageOf(webhookSchema) },
  },
  {
    method: "POST",
    path: "/runbooks/{runbookId}/webhooks",
    tag,
    summary: "Create a webhook",
    description:
      "The runbook must be published; default parameters are checked against its param() block (WebhookData cannot have one). " +
      "The response's `url` carries the token (`bwh_…`) this one time only; Baton stores its SHA-256.",
    access: "webhook.write",
    params: runbookIdParamsSchema,
    body: createWebhookSchema,
    response: { status: 201, description: "The webhook and its URL.", schema: z.object({ webhook: webhookSchema, url: z.string() }) },
    errors: [409],
  },
  { method: "GET", path: "/webhooks/{webhookId}", tag, summary: "Get a webhook", access: "webhook.read", params: webhookIdParamsSchema, response: { status: 200, description: "The webhook.", schema: webhookSchema } },
  {
    method: "PATCH",
    path: "/webhooks/{webhookId}",
    tag,
    summary: "Change a webhook",
    description: "Enable or disable it, or change its expiry, default parameters or run-on group. The token cannot be changed or read.",
    access: "webhook.write",
    params: webhookIdParamsSchema,
    body: updateWebhookSchema,
    response: { status: 200, description: "The webhook.", schema: webhookSchema },
    errors: [409],
  },
  { method: "DELETE", path: "/webhooks/{webhookId}", tag, summary: "Delete a webhook", access: "webhook.write", params: webhookIdParamsSchema, response: { status: 204, description: "Deleted; its URL answers 404 from now on." } },
  {
    method: "POST",
    path: "/webhooks/invoke/{token}",
    tag,
    summary: "Call a webhook",
    description:
      "The token in the path is the credential; no session or API token is needed. Any content type reaches the runbook as " +
      "`$WebhookData.RequestBody` (with `WebhookName` and `RequestHeader`, less Authorization, Cookie and X-Baton-* headers). Unknown, " +
      "disabled and expired webhooks all get the same 404. Each webhook accepts BATON_WEBHOOK_RATE_PER_MINUTE calls a minute per web process (429 with Retry-After beyond).",
    access: "public",
    params: webhookTokenParamsSchema,
    rawBody: { contentType: "*/*", description: "Any payload; passed to the runbook as text in `$WebhookData.RequestBody`." },
    bodyLimitBytes: webhookBodyLimitBytes,
    response: { status: 202, description: "The job was queued; Azure Automation's body.", schema: z.object({ JobIds: z.array(z.string()) }) },
    errors: [409, 413, 429],
  },
];
