import { routeOperations } from "@/lib/api/openapi/operation";
import { pageOf } from "@/lib/api/openapi/response-schemas";
import { pageQuerySchema } from "@/lib/paging/page-query";
import { apiTokenView, createdApiTokenView } from "@/lib/tokens/api-token-view";
import { createApiTokenSchema } from "@/lib/tokens/schemas";

export const operations = routeOperations("/tokens", {
  GET: {
    tag: "Account",
    summary: "List your API tokens",
    description: "Newest first; only the caller's own tokens.",
    access: "authenticated",
    query: pageQuerySchema,
    response: { status: 200, description: "A page of tokens.", schema: pageOf(apiTokenView) },
    errors: [403],
  },
  POST: {
    tag: "Account",
    summary: "Create an API token",
    description: "The response carries the secret `token` (`bat_…`) this one time only.",
    access: "authenticated",
    body: createApiTokenSchema,
    response: { status: 201, description: "The token with its secret.", schema: createdApiTokenView },
    errors: [403],
  },
});
