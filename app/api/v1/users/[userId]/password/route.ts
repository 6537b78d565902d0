import { apiRoute, readJson } from "@/lib/http/api-route";
import { sourceAddress } from "@/lib/http/source-address";
import { resetUserPassword } from "@/lib/users/reset-user-password";
import { resetPasswordSchema, userIdParamsSchema } from "@/lib/users/schemas";

/** An administrator sets a user's password; the user's sessions end and any lockout is lifted. */
export const PUT = apiRoute(
  "user.write",
  async ({ req, params, db, principal }) => {
    const input = await readJson(req, resetPasswordSchema);
    await resetUserPassword(db, principal, params.userId, input, sourceAddress(req.headers));
    return new Response(null, { status: 204 });
  },
  { params: userIdParamsSchema },
);
