import { apiRoute } from "@/lib/http/api-route";
import { sourceAddress } from "@/lib/http/source-address";
import { revokeApiToken } from "@/lib/tokens/revoke-api-token";
import { tokenIdParamsSchema } from "@/lib/tokens/schemas";

export const DELETE = apiRoute(
  "authenticated",
  async ({ req, params, db, principal }) => {
    await revokeApiToken(db, principal, params.tokenId, sourceAddress(req.headers));
    return new Response(null, { status: 204 });
  },
  { params: tokenIdParamsSchema },
);
