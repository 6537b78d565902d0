import type { DbOrTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { moduleRowSelect, toModuleSummary, type ModuleListPage, type ModuleSummary } from "./module-views";
import type { ListModulesQuery } from "./schemas";

/** Modules by name, keyset-paginated on the name. */
export async function listModules(db: DbOrTx, query: ListModulesQuery): Promise<ModuleListPage<ModuleSummary>> {
  const after = query.cursor ? decodeNameCursor(query.cursor) : null;
  const rows = await db.integrationModule.findMany({
    where: after ? { name: { gt: after } } : {},
    orderBy: { name: "asc" },
    take: query.limit + 1,
    select: moduleRowSelect,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return { items: page.map(toModuleSummary), nextCursor: rows.length > query.limit && last ? Buffer.from(last.name, "utf8").toString("base64url") : null };
}

function decodeNameCursor(cursor: string): string {
  const name = Buffer.from(cursor, "base64url").toString("utf8");
  if (!name) throw new AppError("validation_failed", "cursor: is not a cursor this API returned", { field: "cursor" });
  return name;
}
