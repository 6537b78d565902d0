import { routeOperations } from "@/lib/api/openapi/operation";
import { principalView } from "@/lib/auth/principal-view";

export const operations = routeOperations("/me", {
  GET: {
    tag: "Account",
    summary: "Who you are signed in as",
    description: "For a session or an API token: kind (user|token), name, userId, grants [{role, scopeTag}] and the permissions they give. Clients check a token with it.",
    access: "authenticated",
    response: { status: 200, description: "The caller.", schema: principalView },
  },
});
