import { z } from "zod";
import { routeOperations } from "@/lib/api/openapi/operation";
import { webhookBodyLimitBytes } from "@/lib/webhooks/invoke-webhook";
import { webhookTokenParamsSchema } from "@/lib/webhooks/schemas";

export const operations = routeOperations("/webhooks/invoke/{token}", {
  POST: {
    tag: "Webhooks",
    summary: "Call a webhook",
    description:
      "The token in the path is the credential; no session or API token is needed. Any content type reaches the runbook as " +
      "`$WebhookData.RequestBody` (with `WebhookName` and `RequestHeader`, less Authorization, Cookie and X-Baton-* headers). Unknown, " +
      "disabled and expired webhooks all get the same 404. Each webhook accepts BATON_WEBHOOK_RATE_PER_MINUTE calls a minute, counted in the database across all web processes (429 with Retry-After beyond).",
    access: "public",
    params: webhookTokenParamsSchema,
    rawBody: { contentType: "*/*", description: "Any payload; passed to the runbook as text in `$WebhookData.RequestBody`." },
    bodyLimitBytes: webhookBodyLimitBytes,
    response: { status: 202, description: "The job was queued; Azure Automation's body.", schema: z.object({ JobIds: z.array(z.string()) }) },
    errors: [409, 413, 429],
  },
});
