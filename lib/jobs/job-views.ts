import { z } from "zod";
import type { Prisma } from "@/generated/postgresql/client";
import { jobActions } from "@/lib/job-lifecycle/statuses";
import type { Page } from "@/lib/paging/page-query";

/** Response shapes of the job APIs, which the portal and the OpenAPI document use. Times are ISO-8601 strings. */

const jobStarterView = z.object({ kind: z.string().describe("user | token | schedule | webhook | job"), name: z.string().nullable() });
export type JobStarterView = z.infer<typeof jobStarterView>;

/** The fields every job view has; the dashboard's views add theirs to these. */
export const jobSummaryShape = {
  id: z.string(),
  runbookId: z.string(),
  runbookName: z.string(),
  runbookVersionNumber: z.number().int().nullable().describe("The published version the job ran; null for a test job (it ran the draft)."),
  status: z.string(),
  statusReason: z.string().nullable(),
  isTest: z.boolean(),
  startedBy: jobStarterView,
  runOn: z.string().describe("The worker group the job runs on."),
  worker: z.object({ id: z.string(), name: z.string() }).nullable(),
  attempts: z.number().int(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  updatedAt: z.string().describe("When the job's row last changed (a status change, a heartbeat of its lease)."),
};

export const jobSummaryView = z.object(jobSummaryShape);
export type JobSummary = z.infer<typeof jobSummaryView>;

const jobTimelineEntry = z.object({ fromStatus: z.string().nullable(), toStatus: z.string(), reason: z.string().nullable(), actor: z.string().nullable(), at: z.string() });
export type JobTimelineEntry = z.infer<typeof jobTimelineEntry>;

export const jobDetailView = z.object({
  ...jobSummaryShape,
  runbookVersionId: z.string(),
  parameters: z.record(z.string(), z.unknown()),
  parentJobId: z.string().nullable(),
  rerunOfJobId: z.string().nullable().describe("The job this one reruns (POST …/jobs with rerunOfJobId); null when it is not a rerun or that job was purged."),
  exception: z.string().nullable(),
  exitCode: z.number().int().nullable().describe("What the runbook passed to a top-level `exit`; null when it did not call exit. A non-zero code fails the job."),
  queuedAt: z.string().nullable(),
  outputTruncated: z.boolean(),
  timeline: z.array(jobTimelineEntry),
  /** e.g. "No worker in group 'x' is online". */
  waitingReason: z.string().nullable().describe("For a queued job: why it still waits."),
  /** From the state machine. */
  allowedActions: z.array(z.enum(jobActions)).describe("What the job accepts now."),
});
export type JobDetail = z.infer<typeof jobDetailView>;

/** A page of jobs; the next cursor leads to older ones. */
export type JobListPage = Page<JobSummary>;

const jobStreamRecordView = z.object({
  seq: z.number().int(),
  type: z.string(),
  ts: z.string(),
  text: z.string().describe("Plain text, as pwsh prints it with colour off. An output record holds the console lines printed when its object was written."),
  data: z
    .unknown()
    .describe(
      "Per type. output: `lines` (console lines in text; 0 when the object's table row came with a later record), `json` and `typeNames` for each object the runbook wrote, `formatted` for Format-* text. error: `message`, `category`, `categoryInfo`, `fqid`, `exceptionType`, `position`, `scriptStackTrace`, `terminating`. information: `tags`, `source`, `shown`, Write-Host's `foregroundColor`/`backgroundColor`/`noNewLine`. Any record: `ansi`, the text with its VT colour sequences.",
    ),
});
export type JobStreamRecordView = z.infer<typeof jobStreamRecordView>;

export const jobStreamPageView = z.object({
  items: z.array(jobStreamRecordView),
  lastSeq: z.number().int().describe("Pass as `after` to read on."),
});
export type JobStreamPage = z.infer<typeof jobStreamPageView>;

/** The columns every job view reads. */
export const jobSummarySelect = {
  id: true,
  runbookId: true,
  status: true,
  statusReason: true,
  isTest: true,
  startedByKind: true,
  startedByName: true,
  runOn: true,
  attempts: true,
  createdAt: true,
  startedAt: true,
  endedAt: true,
  updatedAt: true,
  runbook: { select: { name: true } },
  runbookVersion: { select: { number: true, kind: true } },
  worker: { select: { id: true, name: true } },
} as const satisfies Prisma.JobSelect;

export type JobSummaryRow = Prisma.JobGetPayload<{ select: typeof jobSummarySelect }>;

export function toJobSummary(row: JobSummaryRow): JobSummary {
  return {
    id: row.id,
    runbookId: row.runbookId,
    runbookName: row.runbook.name,
    runbookVersionNumber: row.runbookVersion.kind === "snapshot" ? null : row.runbookVersion.number,
    status: row.status,
    statusReason: row.statusReason,
    isTest: row.isTest,
    startedBy: { kind: row.startedByKind, name: row.startedByName },
    runOn: row.runOn,
    worker: row.worker,
    attempts: row.attempts,
    createdAt: row.createdAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    endedAt: row.endedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
  };
}
