import { z } from "zod";
import type { Prisma } from "@/generated/postgresql/client";
import type { DbOrTx } from "@/lib/db";
import { explainWait } from "./explain-wait";
import { jobSummarySelect, jobSummaryShape, toJobSummary } from "./job-views";
import { activeStatuses } from "@/lib/job-lifecycle/statuses";

const activeJobView = z.object({
  ...jobSummaryShape,
  /** Why a queued job still waits; null for running jobs. */
  waitingReason: z.string().nullable(),
});
export type ActiveJobView = z.infer<typeof activeJobView>;

const failedJobView = z.object({
  ...jobSummaryShape,
  /** The first line of the job's exception: what went wrong, at a glance. */
  errorLine: z.string().nullable(),
});
export type FailedJobView = z.infer<typeof failedJobView>;

export const dashboardJobsView = z.object({ active: z.array(activeJobView), failures: z.array(failedJobView) });
export type DashboardJobs = z.infer<typeof dashboardJobsView>;

/** How many of each list the dashboard shows; each queued job costs a few small queries. */
const listLimit = 10;

/** What the dashboard shows about jobs now: running and queued ones (why queued ones wait), and recent failures. */
export async function dashboardJobs(db: DbOrTx, options: { visibleTags: string[] | null; now?: Date }): Promise<DashboardJobs> {
  const scope: Prisma.JobWhereInput = options.visibleTags ? { runbook: { tags: { some: { tag: { in: options.visibleTags } } } } } : {};
  const [activeRows, failedRows] = await Promise.all([
    db.job.findMany({
      where: { ...scope, status: { in: [...activeStatuses, "Queued"] } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: listLimit,
      select: jobSummarySelect,
    }),
    db.job.findMany({
      where: { ...scope, status: "Failed" },
      orderBy: [{ endedAt: "desc" }, { id: "desc" }],
      take: listLimit,
      select: { ...jobSummarySelect, exception: true },
    }),
  ]);
  const active: ActiveJobView[] = [];
  for (const row of activeRows) active.push({ ...toJobSummary(row), waitingReason: await explainWait(db, row, options.now) });
  const failures = failedRows.map((row) => ({ ...toJobSummary(row), errorLine: row.exception?.split(/\r?\n/).find((l) => l.trim())?.trim() ?? null }));
  return { active, failures };
}
