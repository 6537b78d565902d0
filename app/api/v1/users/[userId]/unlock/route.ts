import { apiRoute } from "@/lib/http/api-route";
import { sourceAddress } from "@/lib/http/source-address";
import { userIdParamsSchema } from "@/lib/users/schemas";
import { unlockUser } from "@/lib/users/unlock-user";

export const POST = apiRoute(
  "user.write",
  async ({ req, params, db, principal }) => {
    await unlockUser(db, principal, params.userId, sourceAddress(req.headers));
    return new Response(null, { status: 204 });
  },
  { params: userIdParamsSchema },
);
