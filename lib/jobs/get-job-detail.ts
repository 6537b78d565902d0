import type { DbOrTx } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { explainWait } from "./explain-wait";
import { jobSummarySelect, toJobSummary, type JobDetail } from "./job-views";
import { allowedActions, isJobStatus } from "@/lib/job-lifecycle/statuses";

/** Everything the job page shows: summary, parameters, timeline, why it waits, what it accepts. */
export async function getJobDetail(db: DbOrTx, jobId: string): Promise<JobDetail> {
  const row = await db.job.findUnique({
    where: { id: jobId },
    select: {
      ...jobSummarySelect,
      runbookVersionId: true,
      parameters: true,
      parentJobId: true,
      rerunOfJobId: true,
      exception: true,
      exitCode: true,
      queuedAt: true,
      updatedAt: true,
      outputTruncated: true,
      statusChanges: { orderBy: { id: "asc" }, select: { fromStatus: true, toStatus: true, reason: true, actor: true, at: true } },
    },
  });
  if (!row) throw notFound("Job");
  const parameters = row.parameters && typeof row.parameters === "object" && !Array.isArray(row.parameters) ? (row.parameters as Record<string, unknown>) : {};
  return {
    ...toJobSummary(row),
    runbookVersionId: row.runbookVersionId,
    parameters,
    parentJobId: row.parentJobId,
    rerunOfJobId: row.rerunOfJobId,
    exception: row.exception,
    exitCode: row.exitCode,
    queuedAt: row.queuedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    outputTruncated: row.outputTruncated,
    timeline: row.statusChanges.map((c) => ({ ...c, at: c.at.toISOString() })),
    waitingReason: await explainWait(db, row),
    allowedActions: isJobStatus(row.status) ? allowedActions(row.status) : [],
  };
}
