import crypto from "node:crypto";
import { actorName, type AuditContext } from "@/lib/audit/audit-context";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { conflict } from "@/lib/errors";
import { inspectModule, type ModuleInspector } from "./inspect-module";
import { moduleRowSelect, toModuleDetail, type ModuleDetail } from "./module-views";
import { readModuleArchive } from "./read-module-archive";

/**
 * Stores an uploaded module archive as a new version of its module (created on first upload) and
 * makes it the active version, so the next job on any worker imports it. The archive is checked
 * entry by entry, its manifest read and its commands listed by importing it in a separate, isolated
 * pwsh (lib/modules/inspect-module.ts) before anything is written. An existing version is never replaced.
 */
export async function uploadModule(db: Db, inspector: ModuleInspector, archive: Uint8Array, by: AuditContext): Promise<ModuleDetail> {
  const content = readModuleArchive(archive);
  const inspection = await inspectModule(inspector, content);
  const sha256 = crypto.createHash("sha256").update(archive).digest("hex");
  return db.$transaction(async (tx) => {
    // PowerShell resolves module names case-insensitively, so two modules may not differ only in case.
    const existing = (await tx.integrationModule.findMany({ select: { id: true, name: true } })).find((m) => m.name.toLowerCase() === content.name.toLowerCase());
    if (existing && existing.name !== content.name) throw conflict(`Module '${existing.name}' already exists; name the manifest ${existing.name}.psd1 to upload a new version of it`);
    if (existing && (await tx.moduleVersion.findUnique({ where: { moduleId_version: { moduleId: existing.id, version: inspection.version } }, select: { id: true } }))) {
      throw conflict(`Module ${content.name} version ${inspection.version} already exists; raise ModuleVersion in the manifest to upload a new version`);
    }
    const moduleId = existing?.id ?? (await tx.integrationModule.create({ data: { name: content.name, description: inspection.description }, select: { id: true } })).id;
    const version = await tx.moduleVersion.create({
      data: {
        moduleId,
        version: inspection.version,
        archive: Buffer.from(archive),
        sizeBytes: archive.length,
        sha256,
        commands: inspection.commands,
        uploadedBy: actorName(by),
      },
      select: { id: true },
    });
    const row = await tx.integrationModule.update({
      where: { id: moduleId },
      data: { activeVersionId: version.id, description: inspection.description },
      select: moduleRowSelect,
    });
    await recordAuditEvent(tx, {
      actor: by.actor,
      action: "module.upload",
      target: { type: "module", id: moduleId, name: content.name },
      details: { version: inspection.version, sizeBytes: archive.length, sha256, commands: inspection.commands.length },
      sourceAddress: by.sourceAddress,
    });
    return toModuleDetail(row);
  });
}
