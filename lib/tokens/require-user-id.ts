import type { Principal } from "@/lib/auth/principal";
import { AppError } from "@/lib/errors";

/** API tokens belong to users; a job's automation identity cannot hold or mint them. */
export function requireUserId(principal: Principal): string {
  if (principal.kind === "job" || !principal.userId) throw new AppError("forbidden", "Only a user can manage API tokens");
  return principal.userId;
}
