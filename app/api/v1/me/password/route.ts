import { apiRoute, readJson } from "@/lib/http/api-route";
import { sourceAddress } from "@/lib/http/source-address";
import { changeOwnPassword } from "@/lib/users/change-own-password";
import { changeOwnPasswordSchema } from "@/lib/users/schemas";

/** Any signed-in user may change their own password; the current one is required. */
export const PUT = apiRoute(
  "authenticated",
  async ({ req, db, principal }) => {
    const input = await readJson(req, changeOwnPasswordSchema);
    await changeOwnPassword(db, principal, input, sourceAddress(req.headers));
    return new Response(null, { status: 204 });
  },
  // The one call a user with a temporary password may make.
  { allowedBeforePasswordChange: true },
);
