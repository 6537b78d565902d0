import type { DbOrTx } from "@/lib/db";
import { decodeCursor, toPage, type Page, type PageQuery } from "@/lib/paging/page-query";
import { moduleRowSelect, toModuleSummary, type ModuleSummary } from "./module-views";

/** Modules by name, keyset-paginated on the name. */
export async function listModules(db: DbOrTx, query: PageQuery): Promise<Page<ModuleSummary>> {
  const after = query.cursor ? String(decodeCursor(query.cursor, 1)[0]) : null;
  const rows = await db.integrationModule.findMany({
    where: after ? { name: { gt: after } } : {},
    orderBy: { name: "asc" },
    take: query.limit + 1,
    select: moduleRowSelect,
  });
  return toPage(rows.map(toModuleSummary), query.limit, (m) => [m.name]);
}
