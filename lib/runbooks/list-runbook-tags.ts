import { z } from "zod";
import type { DbOrTx } from "@/lib/db";

/** A tag in use, and on how many runbooks (GET /api/v1/runbook-tags). */
export const runbookTagView = z.object({ tag: z.string(), runbooks: z.number().int().describe("How many of the runbooks the caller may read carry it.") });
export type RunbookTagView = z.infer<typeof runbookTagView>;

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
