import { permissions, type Permission } from "./permissions";
import { canSome, type Grant, type Principal } from "./principal";

/** What GET /api/v1/me tells a client about who it is signed in as (clients check a token with it). */
export interface PrincipalView {
  kind: Principal["kind"];
  name: string;
  userId: string | null;
  grants: Grant[];
  /** Permissions held globally or through a tag grant, for clients that hide what the caller cannot do. */
  permissions: Permission[];
}

export function toPrincipalView(principal: Principal): PrincipalView {
  return {
    kind: principal.kind,
    name: principal.name,
    userId: principal.userId,
    grants: principal.grants.map((g) => ({ role: g.role, scopeTag: g.scopeTag })),
    permissions: permissions.filter((p) => canSome(principal, p)),
  };
}
