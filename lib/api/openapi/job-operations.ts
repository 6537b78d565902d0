import { z } from "zod";
import { jobIdParamsSchema } from "@/lib/jobs/job-id-params";
import { jobStatsQuerySchema } from "@/lib/jobs/job-status-histogram";
import type { DashboardJobs } from "@/lib/jobs/dashboard-jobs";
import type { JobStatusHistogram } from "@/lib/jobs/job-status-histogram";
import type { JobDetail, JobStreamPage, JobSummary } from "@/lib/jobs/job-views";
import { jobActions } from "@/lib/jobs/statuses";
import { listJobStreamsQuerySchema } from "@/lib/jobs/list-job-streams";
import { listJobsQuerySchema } from "@/lib/jobs/list-jobs";
import { liveStreamQuerySchema } from "@/lib/jobs/live-stream-query";
import type { ApiOperation } from "./operation";
import { pageOf, viewSchema } from "./response-schemas";

const tag = "Jobs";

const jobSummaryShape = {
  id: z.string(),
  runbookId: z.string(),
  runbookName: z.string(),
  status: z.string(),
  statusReason: z.string().nullable(),
  isTest: z.boolean(),
  startedBy: z.object({ kind: z.string().describe("user | token | schedule | webhook | job"), name: z.string().nullable() }),
  runOn: z.string().describe("The worker group the job runs on."),
  worker: z.object({ id: z.string(), name: z.string() }).nullable(),
  attempts: z.number().int(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  updatedAt: z.string(),
};

export const jobSummarySchema = viewSchema<JobSummary>()(z.object(jobSummaryShape));

export const jobDetailSchema = viewSchema<JobDetail>()(
  z.object({
    ...jobSummaryShape,
    runbookVersionId: z.string(),
    parameters: z.record(z.string(), z.unknown()),
    parentJobId: z.string().nullable(),
    exception: z.string().nullable(),
    queuedAt: z.string().nullable(),
    outputTruncated: z.boolean(),
    timeline: z.array(z.object({ fromStatus: z.string().nullable(), toStatus: z.string(), reason: z.string().nullable(), actor: z.string().nullable(), at: z.string() })),
    waitingReason: z.string().nullable().describe("For a queued job: why it still waits."),
    allowedActions: z.array(z.enum(jobActions)).describe("What the job accepts now."),
  }),
);

const jobStreamPageSchema = viewSchema<JobStreamPage>()(
  z.object({
    items: z.array(z.object({ seq: z.number().int(), type: z.string(), ts: z.string(), text: z.string(), data: z.unknown() })),
    lastSeq: z.number().int().describe("Pass as `after` to read on."),
  }),
);

const histogramSchema = viewSchema<JobStatusHistogram>()(
  z.object({
    range: z.enum(["24h", "7d"]),
    bucket: z.enum(["hour", "day"]),
    buckets: z.array(z.object({ start: z.string(), counts: z.record(z.string(), z.number().int()) })),
    statuses: z.array(z.string()),
    truncated: z.boolean().describe("Only the newest jobs were counted."),
  }),
);

const dashboardJobsSchema = viewSchema<DashboardJobs>()(
  z.object({
    active: z.array(z.object({ ...jobSummaryShape, waitingReason: z.string().nullable() })),
    failures: z.array(z.object({ ...jobSummaryShape, errorLine: z.string().nullable() })),
  }),
);

const control = (action: "stop" | "suspend" | "resume", summary: string): ApiOperation => ({
  method: "POST",
  path: `/jobs/{jobId}/${action}`,
  tag,
  summary,
  description: "409 when the job's status does not allow it (see the job's `allowedActions`).",
  access: "job.control",
  params: jobIdParamsSchema,
  response: { status: 200, description: "The job after the request.", schema: jobDetailSchema },
  errors: [409],
});

export const jobOperations: ApiOperation[] = [
  {
    method: "GET",
    path: "/jobs",
    tag,
    summary: "List jobs",
    description: "Jobs of runbooks the caller may read. Filter by `status` (comma-separated), `runbookId`, `from`/`to` (creation time); `sort=-createdAt` (default, newest first) or `createdAt`.",
    access: "job.read",
    query: listJobsQuerySchema,
    response: { status: 200, description: "A page of jobs.", schema: pageOf(jobSummarySchema) },
  },
  { method: "GET", path: "/jobs/{jobId}", tag, summary: "Get a job", access: "job.read", params: jobIdParamsSchema, response: { status: 200, description: "The job.", schema: jobDetailSchema } },
  {
    method: "GET",
    path: "/jobs/{jobId}/streams",
    tag,
    summary: "Read a job's stream records",
    description: "Records after sequence number `after`, optionally only some `types`; `lastSeq` is the `after` of the next call.",
    access: "job.read",
    params: jobIdParamsSchema,
    query: listJobStreamsQuerySchema,
    response: { status: 200, description: "Records in sequence order.", schema: jobStreamPageSchema },
  },
  {
    method: "GET",
    path: "/jobs/{jobId}/streams/live",
    tag,
    summary: "Follow a job's streams live (Server-Sent Events)",
    description: "`record` events carry an array of records (event id = last seq), `status` events the job's status; the stream ends when the job is finished. Reconnects resume from Last-Event-ID.",
    access: "job.read",
    params: jobIdParamsSchema,
    query: liveStreamQuerySchema,
    response: { status: 200, description: "An event stream.", contentType: "text/event-stream", schema: { jsonSchema: { type: "string" } } },
  },
  {
    method: "GET",
    path: "/jobs/{jobId}/log",
    tag,
    summary: "Download a job's full log",
    access: "job.read",
    params: jobIdParamsSchema,
    response: { status: 200, description: "The log as a text/plain attachment, streamed.", contentType: "text/plain", schema: { jsonSchema: { type: "string" } } },
  },
  control("stop", "Stop a job"),
  control("suspend", "Suspend a job"),
  control("resume", "Resume a suspended job"),
];

export const dashboardOperations: ApiOperation[] = [
  {
    method: "GET",
    path: "/dashboard/job-stats",
    tag: "Dashboard",
    summary: "Jobs per status per hour (24h) or day (7d)",
    access: "job.read",
    query: jobStatsQuerySchema,
    response: { status: 200, description: "Buckets of counts per status.", schema: histogramSchema },
  },
  {
    method: "GET",
    path: "/dashboard/jobs",
    tag: "Dashboard",
    summary: "Running and queued jobs and recent failures",
    access: "job.read",
    response: { status: 200, description: "What the dashboard lists.", schema: dashboardJobsSchema },
  },
];
