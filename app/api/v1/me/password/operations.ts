import { routeOperations } from "@/lib/api/openapi/operation";
import { changeOwnPasswordSchema } from "@/lib/users/schemas";

export const operations = routeOperations("/me/password", {
  PUT: {
    tag: "Account",
    summary: "Change your own password",
    description: "The current password is required (422 on `currentPassword` when it is wrong). Your other sessions end.",
    access: "authenticated",
    body: changeOwnPasswordSchema,
    response: { status: 204, description: "Changed." },
    errors: [403, 409],
  },
});
