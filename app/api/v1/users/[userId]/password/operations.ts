import { routeOperations } from "@/lib/api/openapi/operation";
import { resetPasswordSchema, userIdParamsSchema } from "@/lib/users/schemas";

export const operations = routeOperations("/users/{userId}/password", {
  PUT: {
    tag: "Users",
    summary: "Set a user's password",
    description: "Ends the user's sessions and lifts any lockout.",
    access: "user.write",
    params: userIdParamsSchema,
    body: resetPasswordSchema,
    response: { status: 204, description: "Done." },
  },
});
