import type { AuditContext } from "../audit-context";

/** A user acting from nowhere in particular, for tests of audited domain functions. */
export function actingAs(name: string, sourceAddress: string | null = null): AuditContext {
  return { actor: { kind: "user", id: null, name }, sourceAddress };
}
