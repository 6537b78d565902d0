import type { Prisma } from "@/generated/postgresql/client";
import type { DbOrTx } from "@/lib/db";
import { lastJobsOf } from "./last-jobs-of";
import { runbookViewInclude, toRunbookSummary, type RunbookSummary } from "./runbook-views";
import type { ListRunbooksQuery } from "./schemas";

export interface ListRunbooksOptions extends Pick<ListRunbooksQuery, "search" | "tag"> {
  /** null: every runbook; otherwise only runbooks carrying one of these tags (tag-scoped readers). */
  visibleTags: string[] | null;
}

/** Runbooks by name. Search matches name, description or tag, ignoring case, on both databases. */
export async function listRunbooks(db: DbOrTx, options: ListRunbooksOptions): Promise<RunbookSummary[]> {
  const and: Prisma.RunbookWhereInput[] = [];
  if (options.visibleTags) and.push({ tags: { some: { tag: { in: options.visibleTags } } } });
  if (options.tag) and.push({ tags: { some: { tag: options.tag } } });
  const rows = await db.runbook.findMany({ where: { AND: and }, include: runbookViewInclude, orderBy: { name: "asc" } });
  // Case-insensitive matching differs between SQLite and PostgreSQL (no portable `mode`), and an
  // automation account holds hundreds of runbooks, not millions: filter here.
  const needle = options.search?.toLowerCase();
  const matching = needle
    ? rows.filter((r) => r.name.toLowerCase().includes(needle) || r.description.toLowerCase().includes(needle) || r.tags.some((t) => t.tag.toLowerCase().includes(needle)))
    : rows;
  const lastJobs = await lastJobsOf(db, matching.map((r) => r.id));
  return matching.map((r) => toRunbookSummary(r, lastJobs.get(r.id) ?? null));
}
