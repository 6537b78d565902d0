import { apiRoute, readJson, readQuery } from "@/lib/http/api-route";
import { sourceAddress } from "@/lib/http/source-address";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { listApiTokens } from "@/lib/tokens/list-api-tokens";
import { createApiTokenSchema } from "@/lib/tokens/schemas";
import { pageInMemory, pageQuerySchema } from "@/lib/paging/page-query";

/** The caller's own personal API tokens. */
export const GET = apiRoute("authenticated", async ({ req, db, principal }) =>
  pageInMemory(await listApiTokens(db, principal), readQuery(req, pageQuerySchema), (t) => [t.createdAt, t.id], ["desc", "desc"]),
);

/** Issues a token; the response carries the secret `token` this one time only. */
export const POST = apiRoute("authenticated", async ({ req, db, principal }) => {
  const input = await readJson(req, createApiTokenSchema);
  return Response.json(await createApiToken(db, principal, input, sourceAddress(req.headers)), { status: 201, headers: { "cache-control": "no-store" } });
});
