import { apiRoute, readJson } from "@/lib/http/api-route";
import { sourceAddress } from "@/lib/http/source-address";
import { authorizeWebhook } from "@/lib/webhooks/authorize-webhook";
import { deleteWebhook } from "@/lib/webhooks/delete-webhook";
import { getWebhook } from "@/lib/webhooks/get-webhook";
import { updateWebhookSchema, webhookIdParamsSchema as params } from "@/lib/webhooks/schemas";
import { updateWebhook } from "@/lib/webhooks/update-webhook";

export const GET = apiRoute(
  "webhook.read",
  async ({ params, db, principal }) => {
    await authorizeWebhook(db, principal, params.webhookId, "webhook.read");
    return getWebhook(db, params.webhookId);
  },
  { params },
);

/** Enables or disables the webhook, or changes its expiry, default parameters or run-on group. */
export const PATCH = apiRoute(
  "webhook.write",
  async ({ req, params, db, principal }) => {
    await authorizeWebhook(db, principal, params.webhookId, "webhook.write");
    const input = await readJson(req, updateWebhookSchema);
    return updateWebhook(db, principal, params.webhookId, input, sourceAddress(req.headers));
  },
  { params },
);

export const DELETE = apiRoute(
  "webhook.write",
  async ({ req, params, db, principal }) => {
    await authorizeWebhook(db, principal, params.webhookId, "webhook.write");
    await deleteWebhook(db, principal, params.webhookId, sourceAddress(req.headers));
    return new Response(null, { status: 204 });
  },
  { params },
);
