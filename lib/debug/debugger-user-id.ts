import type { Principal } from "@/lib/auth/principal";
import { AppError } from "@/lib/errors";

/** Breakpoints and sessions belong to a person; a runbook's own job identity has none. */
export function debuggerUserId(principal: Principal): string {
  if (principal.kind === "job" || !principal.userId) throw new AppError("forbidden", "Only a person (signed in or through an API token) can debug a runbook");
  return principal.userId;
}
