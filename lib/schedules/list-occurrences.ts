import { z } from "zod";
import type { Prisma } from "@/generated/postgresql/client";
import type { DbOrTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { decodeCursor, toPage, type Page, type PageQuery } from "@/lib/paging/page-query";

/** What the scheduler decided at one occurrence for one linked runbook. */
const occurrenceDecisions = ["started", "started_missed", "skipped_missed", "failed"] as const;
export type OccurrenceDecision = (typeof occurrenceDecisions)[number];

export const occurrenceView = z.object({
  id: z.string(),
  occurrenceAt: z.string(),
  decision: z.enum(occurrenceDecisions),
  missedCount: z.number().int().describe("Earlier occurrences that passed unrun (downtime) and this decision covers."),
  reason: z.string().nullable(),
  decidedAt: z.string(),
  runbookId: z.string(),
  runbookName: z.string(),
  jobId: z.string().nullable(),
  jobStatus: z.string().nullable(),
});
export type OccurrenceView = z.infer<typeof occurrenceView>;

const select = {
  id: true,
  occurrenceAt: true,
  decision: true,
  missedCount: true,
  reason: true,
  decidedAt: true,
  jobId: true,
  job: { select: { status: true } },
  jobSchedule: { select: { runbookId: true, runbook: { select: { name: true } } } },
} satisfies Prisma.ScheduleOccurrenceSelect;

/** A schedule's occurrence history, newest first, keyset-paginated on (occurrenceAt, id). */
export async function listOccurrences(db: DbOrTx, scheduleId: string, query: PageQuery): Promise<Page<OccurrenceView>> {
  const after = query.cursor ? decodeCursor(query.cursor, 2).map(String) : null;
  const afterAt = after ? new Date(after[0]!) : null;
  if (afterAt && Number.isNaN(afterAt.getTime())) throw new AppError("validation_failed", "cursor: is not a cursor this API returned", { field: "cursor" });
  const rows = await db.scheduleOccurrence.findMany({
    where: {
      scheduleId,
      ...(after && afterAt ? { OR: [{ occurrenceAt: { lt: afterAt } }, { occurrenceAt: afterAt, id: { lt: after[1] } }] } : {}),
    },
    orderBy: [{ occurrenceAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    select,
  });
  const items = rows.map((r) => ({
    id: r.id,
    occurrenceAt: r.occurrenceAt.toISOString(),
    decision: r.decision as OccurrenceDecision,
    missedCount: r.missedCount,
    reason: r.reason,
    decidedAt: r.decidedAt.toISOString(),
    runbookId: r.jobSchedule.runbookId,
    runbookName: r.jobSchedule.runbook.name,
    jobId: r.jobId,
    jobStatus: r.job?.status ?? null,
  }));
  return toPage(items, query.limit, (o) => [o.occurrenceAt, o.id]);
}
