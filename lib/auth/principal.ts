import type { Permission, Role } from "./permissions";
import { rolePermissions, scopablePermissions } from "./permissions";

export interface Grant {
  role: Role;
  /** null = global; otherwise the grant applies to runbooks carrying this tag. */
  scopeTag: string | null;
}

/** Who is calling: a signed-in user, an API token acting as its user, or a running job's runbook. */
export interface Principal {
  kind: "user" | "token" | "job";
  userId: string | null;
  name: string;
  grants: Grant[];
  sessionId?: string;
  /** A session or token whose user must choose a new password first (after an administrator's reset or a generated one). */
  mustChangePassword?: boolean;
  tokenId?: string;
  jobId?: string;
}

/** Does the principal hold the permission globally, or (when runbook tags are given) through a tag grant? */
export function can(principal: Principal, permission: Permission, runbookTags?: readonly string[]): boolean {
  for (const g of principal.grants) {
    if (!rolePermissions[g.role].has(permission)) continue;
    if (g.scopeTag === null) return true;
    if (runbookTags && scopablePermissions.has(permission) && runbookTags.includes(g.scopeTag)) return true;
  }
  return false;
}

/** Can the principal use the permission on at least some runbooks (for listing and showing UI)? */
export function canSome(principal: Principal, permission: Permission): boolean {
  return principal.grants.some((g) => rolePermissions[g.role].has(permission) && (g.scopeTag === null || scopablePermissions.has(permission)));
}
