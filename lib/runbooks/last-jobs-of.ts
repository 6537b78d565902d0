import type { DbOrTx } from "@/lib/db";
import type { LastJobView } from "./runbook-views";

/** The most recent non-test job of each runbook, for the "last run" column. */
export async function lastJobsOf(db: DbOrTx, runbookIds: string[]): Promise<Map<string, LastJobView>> {
  if (runbookIds.length === 0) return new Map();
  const jobs = await db.job.findMany({
    where: { runbookId: { in: runbookIds }, isTest: false },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    distinct: ["runbookId"],
    select: { id: true, runbookId: true, status: true, createdAt: true },
  });
  return new Map(jobs.map((j) => [j.runbookId, { id: j.id, status: j.status, createdAt: j.createdAt.toISOString() }]));
}
