import { getEnv } from "@/lib/env";
import { apiRoute, readJson, readQuery } from "@/lib/http/api-route";
import { pageInMemory, pageQuerySchema } from "@/lib/paging/page-query";
import { sourceAddress } from "@/lib/http/source-address";
import { authorizeRunbook } from "@/lib/runbooks/authorize-runbook";
import { runbookIdParamsSchema as params } from "@/lib/runbooks/schemas";
import { createWebhook } from "@/lib/webhooks/create-webhook";
import { listWebhooks } from "@/lib/webhooks/list-webhooks";
import { createWebhookSchema } from "@/lib/webhooks/schemas";

/** The runbook's webhooks by name (never their tokens); a runbook has few, so they are paged in memory. */
export const GET = apiRoute(
  "webhook.read",
  async ({ req, params, db, principal }) => {
    await authorizeRunbook(db, principal, params.runbookId, "webhook.read");
    return pageInMemory(await listWebhooks(db, params.runbookId), readQuery(req, pageQuerySchema), (w) => [w.name, w.id], ["asc", "asc"]);
  },
  { params },
);

/** Creates a webhook; the response's `url` (on BATON_URL) carries the token this one time only. */
export const POST = apiRoute(
  "webhook.write",
  async ({ req, params, db, principal }) => {
    await authorizeRunbook(db, principal, params.runbookId, "webhook.write");
    const input = await readJson(req, createWebhookSchema);
    const created = await createWebhook(db, principal, params.runbookId, input, { baseUrl: getEnv().publicUrl, sourceAddress: sourceAddress(req.headers) });
    return Response.json(created, { status: 201, headers: { "cache-control": "no-store" } });
  },
  { params },
);
