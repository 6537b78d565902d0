import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { Permission } from "@/lib/auth/permissions";
import { canSome } from "@/lib/auth/principal";
import { resolvePrincipal } from "@/lib/auth/resolve-principal";
import { getDb } from "@/lib/db";

/** For pages that need a permission: the layout hides the nav entry, this refuses a typed URL. */
export async function pageAllows(permission: Permission): Promise<boolean> {
  const principal = await resolvePrincipal(await getDb(), await headers());
  if (!principal) redirect("/login");
  if (principal.mustChangePassword) redirect("/change-password");
  return canSome(principal, permission);
}
