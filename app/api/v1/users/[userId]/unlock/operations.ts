import { routeOperations } from "@/lib/api/openapi/operation";
import { userIdParamsSchema } from "@/lib/users/schemas";

export const operations = routeOperations("/users/{userId}/unlock", {
  POST: { tag: "Users", summary: "Lift a sign-in lockout", access: "user.write", params: userIdParamsSchema, response: { status: 204, description: "Done." } },
});
