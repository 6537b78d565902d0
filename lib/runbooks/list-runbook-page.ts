import type { Prisma } from "@/generated/postgresql/client";
import type { DbOrTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { decodeCursor, toPage, type Page } from "@/lib/paging/page-query";
import { lastJobsOf } from "./last-jobs-of";
import { searchKey } from "./runbook-keys";
import { runbookViewInclude, toRunbookSummary, type RunbookRow, type RunbookSummary } from "./runbook-views";
import type { ListRunbooksQuery, RunbookSort } from "./schemas";

export interface ListRunbookPageOptions extends ListRunbooksQuery {
  /** null: every runbook; otherwise only runbooks carrying one of these tags (tag-scoped readers). */
  visibleTags: string[] | null;
}

type SortColumn = "nameKey" | "updatedAt";
type Direction = "asc" | "desc";

const sortOrders: Record<RunbookSort, { column: SortColumn; direction: Direction }> = {
  name: { column: "nameKey", direction: "asc" },
  "-name": { column: "nameKey", direction: "desc" },
  updatedAt: { column: "updatedAt", direction: "asc" },
  "-updatedAt": { column: "updatedAt", direction: "desc" },
};

/**
 * One page of GET /api/v1/runbooks: the runbooks the caller may read, filtered and keyset-paginated
 * in SQL on (sort column, id). Names sort on the stored `nameKey` (see runbook-keys.ts), which
 * compares bytewise on both databases, so SQLite and PostgreSQL return the same order.
 */
export async function listRunbookPage(db: DbOrTx, query: ListRunbookPageOptions): Promise<Page<RunbookSummary>> {
  const { column, direction } = sortOrders[query.sort];
  const and: Prisma.RunbookWhereInput[] = [];
  if (query.visibleTags) and.push({ tags: { some: { tag: { in: query.visibleTags } } } });
  if (query.tag) and.push({ tags: { some: { tag: query.tag } } });
  if (query.search) and.push({ searchText: { contains: searchKey(query.search) } });
  if (query.cursor) and.push(pastCursor(column, direction, readCursor(query.cursor, query.sort)));
  const rows = await db.runbook.findMany({
    where: { AND: and },
    include: runbookViewInclude,
    orderBy: column === "nameKey" ? [{ nameKey: direction }, { id: direction }] : [{ updatedAt: direction }, { id: direction }],
    take: query.limit + 1,
  });
  const page = toPage(rows, query.limit, (r) => [query.sort, sortValue(r, column), r.id]);
  const lastJobs = await lastJobsOf(db, page.items.map((r) => r.id));
  return { items: page.items.map((r) => toRunbookSummary(r, lastJobs.get(r.id) ?? null)), nextCursor: page.nextCursor };
}

function sortValue(row: RunbookRow, column: SortColumn): string {
  return column === "nameKey" ? row.nameKey : row.updatedAt.toISOString();
}

interface RunbookCursor {
  value: string;
  id: string;
}

/** The cursor names its sort, so one issued under another sort (or by another list) is refused, not misread. */
function readCursor(cursor: string, sort: RunbookSort): RunbookCursor {
  const [cursorSort, value, id] = decodeCursor(cursor, 3);
  const valid = cursorSort === sort && typeof value === "string" && typeof id === "string" && (sortOrders[sort].column === "nameKey" || isIsoDate(value));
  if (!valid) throw new AppError("validation_failed", "cursor: is not a cursor this API returned for this sort", { field: "cursor" });
  return { value, id };
}

function isIsoDate(text: string): boolean {
  const date = new Date(text);
  return !Number.isNaN(date.getTime()) && date.toISOString() === text;
}

/** Rows strictly after the cursor in the sort order: a later sort value, or the same one and a later id. */
function pastCursor(column: SortColumn, direction: Direction, after: RunbookCursor): Prisma.RunbookWhereInput {
  const beyond = <T>(v: T) => (direction === "asc" ? { gt: v } : { lt: v });
  const beyondId = { id: beyond(after.id) };
  if (column === "nameKey") return { OR: [{ nameKey: beyond(after.value) }, { nameKey: after.value, ...beyondId }] };
  const at = new Date(after.value);
  return { OR: [{ updatedAt: beyond(at) }, { updatedAt: at, ...beyondId }] };
}
