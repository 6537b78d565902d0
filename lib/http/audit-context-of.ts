import type { AuditContext } from "@/lib/audit/audit-context";
import type { Principal } from "@/lib/auth/principal";
import { sourceAddress } from "./source-address";

/** The audit context of an API call: the caller, and the client address the server entry decided on. */
export function auditContextOf(principal: Principal, headers: Headers): AuditContext {
  return { actor: principal, sourceAddress: sourceAddress(headers) };
}
