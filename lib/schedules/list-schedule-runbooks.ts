import type { Prisma } from "@/generated/postgresql/client";
import type { DbOrTx } from "@/lib/db";
import { scheduleRunbookSelect, toScheduleRunbookView, type ScheduleRunbookView } from "./schedule-runbook-view";

export interface ScheduleRunbooksFilter {
  scheduleId?: string;
  runbookId?: string;
  /** null: every runbook; otherwise only runbooks carrying one of these tags (tag-scoped readers). */
  visibleTags: string[] | null;
}

/** Links between schedules and runbooks: a schedule's runbooks, or a runbook's schedules. */
export async function listScheduleRunbooks(db: DbOrTx, filter: ScheduleRunbooksFilter): Promise<ScheduleRunbookView[]> {
  const where: Prisma.JobScheduleWhereInput = {
    ...(filter.scheduleId ? { scheduleId: filter.scheduleId } : {}),
    ...(filter.runbookId ? { runbookId: filter.runbookId } : {}),
    ...(filter.visibleTags ? { runbook: { tags: { some: { tag: { in: filter.visibleTags } } } } } : {}),
  };
  const rows = await db.jobSchedule.findMany({ where, select: scheduleRunbookSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  return rows.map((row) => toScheduleRunbookView(row));
}
