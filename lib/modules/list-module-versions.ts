import type { DbOrTx } from "@/lib/db";
import { decodeCursor, toPage, type Page, type PageQuery } from "@/lib/paging/page-query";
import { findModuleOrThrow } from "./get-module";
import { storedCommands, type ModuleVersionView } from "./module-views";

/** A module's versions, newest upload first, keyset-paginated on (uploadedAt, id). */
export async function listModuleVersions(db: DbOrTx, name: string, query: PageQuery): Promise<Page<ModuleVersionView>> {
  const found = await findModuleOrThrow(db, name);
  const after = query.cursor ? decodeCursor(query.cursor, 2) : null;
  const afterAt = after ? new Date(String(after[0])) : null;
  const rows = await db.moduleVersion.findMany({
    where: {
      moduleId: found.id,
      ...(after && afterAt ? { OR: [{ uploadedAt: { lt: afterAt } }, { uploadedAt: afterAt, id: { lt: String(after[1]) } }] } : {}),
    },
    orderBy: [{ uploadedAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    select: { id: true, version: true, sizeBytes: true, sha256: true, commands: true, uploadedAt: true, uploadedBy: true },
  });
  const page = toPage(rows, query.limit, (r) => [r.uploadedAt.toISOString(), r.id]);
  return {
    items: page.items.map((r) => ({
      version: r.version,
      isActive: r.id === found.activeVersionId,
      sizeBytes: r.sizeBytes,
      sha256: r.sha256,
      commands: storedCommands(r.commands),
      uploadedAt: r.uploadedAt.toISOString(),
      uploadedBy: r.uploadedBy,
    })),
    nextCursor: page.nextCursor,
  };
}
