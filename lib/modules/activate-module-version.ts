import type { AuditContext } from "@/lib/audit/audit-context";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { findModuleVersionOrThrow } from "./find-module-version";
import { moduleRowSelect, toModuleDetail, type ModuleDetail } from "./module-views";

/** Makes one stored version the active one; workers import it from their next job on. */
export async function activateModuleVersion(db: Db, name: string, version: string, by: AuditContext): Promise<ModuleDetail> {
  return db.$transaction(async (tx) => {
    const found = await findModuleVersionOrThrow(tx, name, version);
    const previous = found.module.activeVersionId;
    const row = await tx.integrationModule.update({ where: { id: found.module.id }, data: { activeVersionId: found.version.id }, select: moduleRowSelect });
    if (previous !== found.version.id) {
      await recordAuditEvent(tx, { actor: by.actor, action: "module.activate", target: { type: "module", id: found.module.id, name }, details: { version }, sourceAddress: by.sourceAddress });
    }
    return toModuleDetail(row);
  });
}
