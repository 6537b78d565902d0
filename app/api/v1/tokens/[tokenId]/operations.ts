import { routeOperations } from "@/lib/api/openapi/operation";
import { tokenIdParamsSchema } from "@/lib/tokens/schemas";

export const operations = routeOperations("/tokens/{tokenId}", {
  DELETE: { tag: "Account", summary: "Revoke one of your API tokens", access: "authenticated", params: tokenIdParamsSchema, response: { status: 204, description: "Revoked." }, errors: [403] },
});
