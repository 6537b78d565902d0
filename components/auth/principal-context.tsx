"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { Permission } from "@/lib/auth/permissions";
import { can } from "@/lib/auth/principal";
import type { PrincipalView } from "@/lib/auth/principal-view";
import { scopeTagsFor } from "@/lib/auth/scope-tags";

/** Who is signed in, as GET /api/v1/me describes them: grants (some scoped to a tag) and the permissions they add up to. */
export type PortalPrincipal = PrincipalView;

const PrincipalContext = createContext<PortalPrincipal | null>(null);

export function PrincipalProvider({ principal, children }: { principal: PortalPrincipal; children: ReactNode }) {
  return <PrincipalContext.Provider value={principal}>{children}</PrincipalContext.Provider>;
}

export function usePrincipal(): PortalPrincipal {
  const principal = useContext(PrincipalContext);
  if (!principal) throw new Error("usePrincipal must be used inside the portal layout");
  return principal;
}

/** Whether to offer an action somewhere (globally or on some tag); hides what the user may not do at all. */
export function useCan(permission: Permission): boolean {
  return usePrincipal().permissions.includes(permission);
}

/**
 * Whether the user may act on one runbook (or its jobs, webhooks, links), by the same rule the API
 * applies to its tags. Until the runbook has loaded (`tags` undefined), nothing is offered.
 */
export function useCanOn(permission: Permission, tags: readonly string[] | undefined): boolean {
  const principal = usePrincipal();
  return tags !== undefined && can(principal, permission, tags);
}

/** The tags a permission is limited to; null when the user holds it everywhere. */
export function useScopeTags(permission: Permission): string[] | null {
  return scopeTagsFor(usePrincipal(), permission);
}
