import { z } from "zod";
import { permissions, roles } from "./permissions";
import { canSome, type Principal } from "./principal";

/** What GET /api/v1/me tells a client about who it is signed in as (clients check a token with it). */
export const principalView = z.object({
  kind: z.enum(["user", "token", "job"]),
  name: z.string(),
  userId: z.string().nullable(),
  grants: z.array(z.object({ role: z.enum(roles), scopeTag: z.string().nullable().describe("null: global; otherwise runbooks carrying this tag.") })),
  /** For clients that hide what the caller cannot do. */
  permissions: z.array(z.enum(permissions)).describe("Held globally or through a tag grant."),
});
export type PrincipalView = z.infer<typeof principalView>;

export function toPrincipalView(principal: Principal): PrincipalView {
  return {
    kind: principal.kind,
    name: principal.name,
    userId: principal.userId,
    grants: principal.grants.map((g) => ({ role: g.role, scopeTag: g.scopeTag })),
    permissions: permissions.filter((p) => canSome(principal, p)),
  };
}
