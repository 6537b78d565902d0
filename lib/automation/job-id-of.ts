import type { Principal } from "@/lib/auth/principal";
import { AppError } from "@/lib/errors";

/** The calling job's id on an automation route (access "job"); anything else is refused. */
export function jobIdOf(principal: Principal): string {
  if (principal.kind !== "job" || !principal.jobId) throw new AppError("unauthorized", "Only a running job's automation token can call this");
  return principal.jobId;
}
