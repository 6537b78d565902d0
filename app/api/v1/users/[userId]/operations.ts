import { routeOperations } from "@/lib/api/openapi/operation";
import { updateUserSchema, userIdParamsSchema } from "@/lib/users/schemas";
import { userView } from "@/lib/users/user-view";

export const operations = routeOperations("/users/{userId}", {
  GET: { tag: "Users", summary: "Get a user", access: "user.read", params: userIdParamsSchema, response: { status: 200, description: "The user.", schema: userView } },
  PATCH: {
    tag: "Users",
    summary: "Disable or enable a user",
    description: "Disabling ends the user's sessions. 409 for the last enabled administrator or yourself.",
    access: "user.write",
    params: userIdParamsSchema,
    body: updateUserSchema,
    response: { status: 204, description: "Done." },
    errors: [409],
  },
  DELETE: { tag: "Users", summary: "Delete a user", access: "user.write", params: userIdParamsSchema, response: { status: 204, description: "Deleted." }, errors: [409] },
});
