import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { PrincipalProvider, type PortalPrincipal } from "@/components/auth/principal-context";
import { AppShell } from "@/components/shell/app-shell";
import { toPrincipalView } from "@/lib/auth/principal-view";
import { resolvePrincipal } from "@/lib/auth/resolve-principal";
import { getDb } from "@/lib/db";

/** The session gate: every portal page needs a live session; its grants decide what the UI offers. */
export default async function PortalLayout({ children }: { children: ReactNode }) {
  const principal = await resolvePrincipal(await getDb(), await headers());
  if (!principal) redirect("/login");
  if (principal.mustChangePassword) redirect("/change-password");
  const portalPrincipal: PortalPrincipal = toPrincipalView(principal);
  return (
    <PrincipalProvider principal={portalPrincipal}>
      <AppShell userName={principal.name}>{children}</AppShell>
    </PrincipalProvider>
  );
}
