import { apiRoute } from "@/lib/http/api-route";
import { sourceAddress } from "@/lib/http/source-address";
import { revokeRegistrationToken } from "@/lib/workers/registration-tokens/revoke-registration-token";
import { registrationTokenParamsSchema } from "@/lib/workers/registration-tokens/schemas";

/** Revokes the token; revoking it again answers the same. */
export const DELETE = apiRoute(
  "worker.write",
  async ({ req, db, params, principal }) => {
    await revokeRegistrationToken(db, principal, params.name, params.tokenId, sourceAddress(req.headers));
    return new Response(null, { status: 204 });
  },
  { params: registrationTokenParamsSchema },
);
