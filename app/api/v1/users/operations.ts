import { routeOperations } from "@/lib/api/openapi/operation";
import { pageOf } from "@/lib/api/openapi/response-schemas";
import { pageQuerySchema } from "@/lib/paging/page-query";
import { createUserSchema } from "@/lib/users/schemas";
import { userView } from "@/lib/users/user-view";

export const operations = routeOperations("/users", {
  GET: { tag: "Users", summary: "List users", description: "By username.", access: "user.read", query: pageQuerySchema, response: { status: 200, description: "A page of users.", schema: pageOf(userView) } },
  POST: { tag: "Users", summary: "Create a local user", access: "user.write", body: createUserSchema, response: { status: 201, description: "The new user.", schema: userView }, errors: [409] },
});
