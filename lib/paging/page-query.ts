import { z } from "zod";
import { AppError } from "@/lib/errors";

/** `?cursor=&limit=` of every list endpoint; `cursor` is the `nextCursor` of the previous page. */
export const pageQuerySchema = z
  .object({
    cursor: z.string().max(500, "must be at most 500 characters").optional(),
    limit: z.coerce.number().int("must be a whole number").min(1, "must be at least 1").max(500, "must be at most 500").default(100),
  })
  .strict();
export type PageQuery = z.infer<typeof pageQuerySchema>;

/** What every list endpoint returns: one page and the cursor of the next, null on the last page. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export type CursorKey = (string | number)[];

/** A cursor is the sort key of the last item seen, opaque to clients. */
export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key), "utf8").toString("base64url");
}

export function decodeCursor(cursor: string, length: number): CursorKey {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(key) && key.length === length && key.every((v) => typeof v === "string" || typeof v === "number")) return key;
  } catch {
    // falls through to the error below
  }
  throw new AppError("validation_failed", "cursor: is not a cursor this API returned", { field: "cursor" });
}

/**
 * Turns `limit + 1` rows fetched after the cursor into a page: the extra row only tells that
 * another page exists.
 */
export function toPage<T>(rows: T[], limit: number, keyOf: (row: T) => CursorKey): Page<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(keyOf(last)) : null };
}

export type SortDirection = "asc" | "desc";

/**
 * Sorts and pages a list in memory by `keyOf` in `directions`, for collections small by nature
 * (a user's tokens, a runbook's versions, the workers) or filtered in memory (runbook search). The
 * cursor is still the last item's key, so a page neither repeats nor skips items when others are
 * added or removed before it.
 */
export function pageInMemory<T>(rows: T[], query: PageQuery, keyOf: (row: T) => CursorKey, directions: SortDirection[]): Page<T> {
  const sorted = [...rows].sort((a, b) => compareKeys(keyOf(a), keyOf(b), directions));
  let start = 0;
  if (query.cursor) {
    const after = decodeCursor(query.cursor, directions.length);
    start = sorted.findIndex((row) => compareKeys(keyOf(row), after, directions) > 0);
    if (start < 0) start = sorted.length;
  }
  return toPage(sorted.slice(start, start + query.limit + 1), query.limit, keyOf);
}

function compareKeys(a: CursorKey, b: CursorKey, directions: SortDirection[]): number {
  for (let i = 0; i < directions.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    const order = typeof x === "number" && typeof y === "number" ? x - y : String(x) < String(y) ? -1 : 1;
    return directions[i] === "asc" ? order : -order;
  }
  return 0;
}
