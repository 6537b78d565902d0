import { toPrincipalView } from "@/lib/auth/principal-view";
import { apiRoute } from "@/lib/http/api-route";

/** Who the caller is: a session's user or an API token's, with their roles and permissions. */
export const GET = apiRoute("authenticated", async ({ principal }) => toPrincipalView(principal));
