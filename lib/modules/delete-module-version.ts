import { z } from "zod";
import type { AuditContext } from "@/lib/audit/audit-context";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { conflict } from "@/lib/errors";
import { findModuleVersionOrThrow } from "./find-module-version";

/** What DELETE /api/v1/modules/{name}/versions/{version} answers. */
export const moduleVersionDeletionView = z.object({ moduleDeleted: z.boolean().describe("True when this was the last version and the module went with it.") });
export type ModuleVersionDeletion = z.infer<typeof moduleVersionDeletionView>;

/**
 * Deletes one version. The active version can only go when it is the last one, and then the module
 * goes with it: a module without versions has nothing to import. Returns whether the module was deleted.
 */
export async function deleteModuleVersion(db: Db, name: string, version: string, by: AuditContext): Promise<ModuleVersionDeletion> {
  return db.$transaction(async (tx) => {
    const found = await findModuleVersionOrThrow(tx, name, version);
    const total = await tx.moduleVersion.count({ where: { moduleId: found.module.id } });
    const target = { type: "module", id: found.module.id, name };
    if (total === 1) {
      await tx.integrationModule.delete({ where: { id: found.module.id } });
      await recordAuditEvent(tx, { actor: by.actor, action: "module.delete", target, details: { versions: [version] }, sourceAddress: by.sourceAddress });
      return { moduleDeleted: true };
    }
    if (found.module.activeVersionId === found.version.id) {
      throw conflict(`Version ${version} is the active version of ${name}; activate another version first, or delete the module`);
    }
    await tx.moduleVersion.delete({ where: { id: found.version.id } });
    await recordAuditEvent(tx, { actor: by.actor, action: "module.version.delete", target, details: { version }, sourceAddress: by.sourceAddress });
    return { moduleDeleted: false };
  });
}
