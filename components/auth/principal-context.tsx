"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { Permission } from "@/lib/auth/permissions";

export interface PortalPrincipal {
  name: string;
  /** Permissions held at least somewhere (globally or for some tags); the server still checks each call. */
  permissions: Permission[];
}

const PrincipalContext = createContext<PortalPrincipal | null>(null);

export function PrincipalProvider({ principal, children }: { principal: PortalPrincipal; children: ReactNode }) {
  return <PrincipalContext.Provider value={principal}>{children}</PrincipalContext.Provider>;
}

export function usePrincipal(): PortalPrincipal {
  const principal = useContext(PrincipalContext);
  if (!principal) throw new Error("usePrincipal must be used inside the portal layout");
  return principal;
}

/** Whether to offer an action; hides what the user may not do. */
export function useCan(permission: Permission): boolean {
  return usePrincipal().permissions.includes(permission);
}
