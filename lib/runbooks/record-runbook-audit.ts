import type { AuditContext } from "@/lib/audit/audit-context";
import { recordAuditEvent, type AuditDetails } from "@/lib/audit/record-audit-event";
import type { DbOrTx } from "@/lib/db";

export type RunbookAction = "create" | "update" | "delete" | "draft_save" | "draft_discard" | "version_restore" | "publish";

/** Appends `runbook.<action>` for a runbook change, in the caller's transaction. */
export async function recordRunbookAudit(db: DbOrTx, by: AuditContext, action: RunbookAction, runbook: { id: string; name: string }, details?: AuditDetails): Promise<void> {
  await recordAuditEvent(db, { actor: by.actor, action: `runbook.${action}`, target: { type: "runbook", id: runbook.id, name: runbook.name }, sourceAddress: by.sourceAddress, details });
}
