import { routeOperations } from "@/lib/api/openapi/operation";
import { pageOf } from "@/lib/api/openapi/response-schemas";
import { pageQuerySchema } from "@/lib/paging/page-query";
import { runbookIdParamsSchema } from "@/lib/runbooks/schemas";
import { createdWebhookView } from "@/lib/webhooks/create-webhook";
import { createWebhookSchema } from "@/lib/webhooks/schemas";
import { webhookView } from "@/lib/webhooks/webhook-view";

export const operations = routeOperations("/runbooks/{runbookId}/webhooks", {
  GET: {
    tag: "Webhooks",
    summary: "List a runbook's webhooks",
    description: "By name. Tokens are never returned.",
    access: "webhook.read",
    params: runbookIdParamsSchema,
    query: pageQuerySchema,
    response: { status: 200, description: "A page of webhooks.", schema: pageOf(webhookView) },
  },
  POST: {
    tag: "Webhooks",
    summary: "Create a webhook",
    description:
      "The runbook must be published; default parameters are checked against its param() block (WebhookData cannot have one). " +
      "The response's `url` carries the token (`bwh_…`) this one time only; Baton stores its SHA-256.",
    access: "webhook.write",
    params: runbookIdParamsSchema,
    body: createWebhookSchema,
    response: { status: 201, description: "The webhook and its URL.", schema: createdWebhookView },
    errors: [409],
  },
});
