import { routeOperations } from "@/lib/api/openapi/operation";
import { updateWebhookSchema, webhookIdParamsSchema } from "@/lib/webhooks/schemas";
import { webhookView } from "@/lib/webhooks/webhook-view";

export const operations = routeOperations("/webhooks/{webhookId}", {
  GET: { tag: "Webhooks", summary: "Get a webhook", access: "webhook.read", params: webhookIdParamsSchema, response: { status: 200, description: "The webhook.", schema: webhookView } },
  PATCH: {
    tag: "Webhooks",
    summary: "Change a webhook",
    description: "Enable or disable it, or change its expiry, default parameters or run-on group. The token cannot be changed or read.",
    access: "webhook.write",
    params: webhookIdParamsSchema,
    body: updateWebhookSchema,
    response: { status: 200, description: "The webhook.", schema: webhookView },
    errors: [409],
  },
  DELETE: { tag: "Webhooks", summary: "Delete a webhook", access: "webhook.write", params: webhookIdParamsSchema, response: { status: 204, description: "Deleted; its URL answers 404 from now on." } },
});
