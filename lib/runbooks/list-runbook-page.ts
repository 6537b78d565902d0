import type { DbOrTx } from "@/lib/db";
import { pageInMemory, type CursorKey, type Page, type SortDirection } from "@/lib/http/page-query";
import { listRunbooks } from "./list-runbooks";
import type { RunbookSummary } from "./runbook-views";
import type { ListRunbooksQuery, RunbookSort } from "./schemas";

const sortOrders: Record<RunbookSort, { keyOf: (r: RunbookSummary) => CursorKey; directions: SortDirection[] }> = {
  name: { keyOf: (r) => [r.name.toLowerCase(), r.id], directions: ["asc", "asc"] },
  "-name": { keyOf: (r) => [r.name.toLowerCase(), r.id], directions: ["desc", "desc"] },
  updatedAt: { keyOf: (r) => [r.updatedAt, r.id], directions: ["asc", "asc"] },
  "-updatedAt": { keyOf: (r) => [r.updatedAt, r.id], directions: ["desc", "desc"] },
};

/** One page of GET /api/v1/runbooks: the runbooks the caller may read, filtered, sorted by `sort`. */
export async function listRunbookPage(db: DbOrTx, query: ListRunbooksQuery & { visibleTags: string[] | null }): Promise<Page<RunbookSummary>> {
  const { keyOf, directions } = sortOrders[query.sort];
  return pageInMemory(await listRunbooks(db, query), query, keyOf, directions);
}
