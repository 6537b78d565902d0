import type { DbOrTx } from "@/lib/db";

/** A tag in use, and on how many runbooks (GET /api/v1/runbook-tags). */
export interface RunbookTagView {
  tag: string;
  runbooks: number;
}

/**
 * The tags on the runbooks a caller may read (`visibleTags` null: all runbooks), so forms can offer
 * the tags that exist (a role grant's scope) and warn about one that tags nothing.
 */
export async function listRunbookTags(db: DbOrTx, visibleTags: string[] | null): Promise<RunbookTagView[]> {
  const rows = await db.runbookTag.groupBy({
    by: ["tag"],
    where: visibleTags ? { runbook: { tags: { some: { tag: { in: visibleTags } } } } } : {},
    _count: { runbookId: true },
  });
  return rows.map((r) => ({ tag: r.tag, runbooks: r._count.runbookId }));
}
