import { getEnv } from "@/lib/env";
import { apiRoute } from "@/lib/http/api-route";
import { readBodyText } from "@/lib/http/read-body-text";
import { sourceAddress } from "@/lib/http/source-address";
import { invokeWebhook, webhookBodyLimitBytes } from "@/lib/webhooks/invoke-webhook";
import { webhookTokenParamsSchema as params } from "@/lib/webhooks/schemas";

/**
 * Calls a webhook: the token in the path is the credential, so the route is public and ignores
 * cookies. Answers 202 with Azure Automation's body, `{"JobIds": [...]}`, so Azure callers work
 * unchanged; not also a camelCase `jobIds`, because PowerShell's ConvertFrom-Json (and so
 * Invoke-RestMethod) refuses an object whose keys differ only in case.
 */
export const POST = apiRoute(
  "public",
  async ({ req, params, db }) => {
    const { jobId } = await invokeWebhook(
      db,
      { token: params.token, headers: req.headers, readBody: () => readBodyText(req, webhookBodyLimitBytes), sourceAddress: sourceAddress(req.headers) },
      { perMinute: getEnv().BATON_WEBHOOK_RATE_PER_MINUTE },
    );
    return Response.json({ JobIds: [jobId] }, { status: 202 });
  },
  { params },
);
