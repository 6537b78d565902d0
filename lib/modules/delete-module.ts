import type { AuditContext } from "@/lib/audit/audit-context";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { findModuleOrThrow } from "./get-module";

/** Deletes a module with all its versions; from their next job on, workers no longer offer it. */
export async function deleteModule(db: Db, name: string, by: AuditContext): Promise<void> {
  await db.$transaction(async (tx) => {
    const found = await findModuleOrThrow(tx, name);
    const versions = await tx.moduleVersion.findMany({ where: { moduleId: found.id }, select: { version: true } });
    await tx.integrationModule.delete({ where: { id: found.id } });
    await recordAuditEvent(tx, { actor: by.actor, action: "module.delete", target: { type: "module", id: found.id, name }, details: { versions: versions.map((v) => v.version) }, sourceAddress: by.sourceAddress });
  });
}
