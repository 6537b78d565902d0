import { z } from "zod";
import type { DbOrTx } from "@/lib/db";
import { can } from "@/lib/auth/principal";
import { notFound } from "@/lib/errors";
import { isJobStatus, isTerminal } from "@/lib/job-lifecycle/statuses";
import { chainPrincipalOf } from "./chain-principal";

/** Output records a parent reads back at most; more than this is a log, not a return value. */
const maxChildOutputRecords = 10_000;

export const childJobView = z.object({
  id: z.string(),
  runbookName: z.string(),
  status: z.string(),
  statusReason: z.string().nullable(),
  isTerminal: z.boolean().describe("True once the child has finished; stop polling."),
  exception: z.string().nullable(),
  startedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  /** The record's text and its structured data (the host's `json`, when present). */
  output: z
    .array(z.object({ text: z.string(), data: z.unknown().describe("The record's structured value, when it has one.") }))
    .describe(`The output stream so far (at most ${maxChildOutputRecords.toLocaleString("en-US")} records).`),
  outputTruncated: z.boolean(),
});
export type ChildJobView = z.infer<typeof childJobView>;

/**
 * Wait-AutomationJob polls this: a child job's status and output. Only the parent may read it, and
 * only while whoever started the chain's root job may read that runbook's jobs (their grants as they
 * are now); any other job id is reported as not found, so a token cannot probe other jobs.
 */
export async function getChildJob(db: DbOrTx, parentJobId: string, jobId: string): Promise<ChildJobView> {
  const job = await db.job.findFirst({
    where: { id: jobId, parentJobId },
    select: {
      id: true,
      status: true,
      statusReason: true,
      exception: true,
      startedAt: true,
      endedAt: true,
      outputTruncated: true,
      runbook: { select: { name: true, tags: { select: { tag: true } } } },
    },
  });
  if (!job) throw notFound(`Child job ${jobId}`);
  const acting = await chainPrincipalOf(db, parentJobId);
  if (!can(acting, "job.read", job.runbook.tags.map((t) => t.tag))) throw notFound(`Child job ${jobId}`);
  const records = await db.jobStreamRecord.findMany({
    where: { jobId, type: "output" },
    orderBy: { seq: "asc" },
    take: maxChildOutputRecords + 1,
    select: { text: true, data: true },
  });
  return {
    id: job.id,
    runbookName: job.runbook.name,
    status: job.status,
    statusReason: job.statusReason,
    isTerminal: isJobStatus(job.status) && isTerminal(job.status),
    exception: job.exception,
    startedAt: job.startedAt?.toISOString() ?? null,
    endedAt: job.endedAt?.toISOString() ?? null,
    output: records.slice(0, maxChildOutputRecords).map((r) => ({ text: r.text, data: r.data ?? null })),
    outputTruncated: job.outputTruncated || records.length > maxChildOutputRecords,
  };
}
