import type { DbOrTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { findModuleOrThrow } from "./get-module";
import { storedCommands, type ModuleListPage, type ModuleVersionView } from "./module-views";
import type { ListModulesQuery } from "./schemas";

/** A module's versions, newest upload first, keyset-paginated on (uploadedAt, id). */
export async function listModuleVersions(db: DbOrTx, name: string, query: ListModulesQuery): Promise<ModuleListPage<ModuleVersionView>> {
  const module = await findModuleOrThrow(db, name);
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  const rows = await db.moduleVersion.findMany({
    where: {
      moduleId: module.id,
      ...(after ? { OR: [{ uploadedAt: { lt: after.uploadedAt } }, { uploadedAt: after.uploadedAt, id: { lt: after.id } }] } : {}),
    },
    orderBy: [{ uploadedAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    select: { id: true, version: true, sizeBytes: true, sha256: true, commands: true, uploadedAt: true, uploadedBy: true },
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => ({
      version: r.version,
      isActive: r.id === module.activeVersionId,
      sizeBytes: r.sizeBytes,
      sha256: r.sha256,
      commands: storedCommands(r.commands),
      uploadedAt: r.uploadedAt.toISOString(),
      uploadedBy: r.uploadedBy,
    })),
    nextCursor: rows.length > query.limit && last ? Buffer.from(`${last.uploadedAt.toISOString()}|${last.id}`, "utf8").toString("base64url") : null,
  };
}

function decodeCursor(cursor: string): { uploadedAt: Date; id: string } {
  const [iso, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const uploadedAt = new Date(iso ?? "");
  if (!id || Number.isNaN(uploadedAt.getTime())) throw new AppError("validation_failed", "cursor: is not a cursor this API returned", { field: "cursor" });
  return { uploadedAt, id };
}
