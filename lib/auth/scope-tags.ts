import type { Permission } from "./permissions";
import { rolePermissions, scopablePermissions } from "./permissions";
import type { Principal } from "./principal";

/**
 * Which runbooks a permission reaches: null when the principal holds it globally, otherwise the tags
 * its tag-scoped grants cover (possibly none). List queries filter by these tags.
 */
export function scopeTagsFor(principal: Principal, permission: Permission): string[] | null {
  const tags = new Set<string>();
  for (const g of principal.grants) {
    if (!rolePermissions[g.role].has(permission)) continue;
    if (g.scopeTag === null) return null;
    if (scopablePermissions.has(permission)) tags.add(g.scopeTag);
  }
  return [...tags];
}
