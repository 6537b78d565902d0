import type { Prisma } from "@/generated/postgresql/client";
import type { JobAction } from "./statuses";

/** Response shapes of the job and worker APIs; the portal imports these. Times are ISO-8601 strings. */

export interface JobStarterView {
  /** user | token | schedule | webhook | job */
  kind: string;
  name: string | null;
}

export interface JobSummary {
  id: string;
  runbookId: string;
  runbookName: string;
  status: string;
  statusReason: string | null;
  isTest: boolean;
  startedBy: JobStarterView;
  runOn: string;
  worker: { id: string; name: string } | null;
  attempts: number;
  createdAt: string;
  startedAt: string | null;
  endedAt: string | null;
  /** When the job's row last changed (a status change, a heartbeat of its lease). */
  updatedAt: string;
}

export interface JobTimelineEntry {
  fromStatus: string | null;
  toStatus: string;
  reason: string | null;
  actor: string | null;
  at: string;
}

export interface JobDetail extends JobSummary {
  runbookVersionId: string;
  parameters: Record<string, unknown>;
  parentJobId: string | null;
  exception: string | null;
  queuedAt: string | null;
  outputTruncated: boolean;
  timeline: JobTimelineEntry[];
  /** For a queued job: why it is still waiting ("No worker in group 'x' is online"). */
  waitingReason: string | null;
  /** What the job accepts now, from the state machine. */
  allowedActions: JobAction[];
}

export interface JobListPage {
  items: JobSummary[];
  /** Pass as `cursor` for the next (older) page; null on the last page. */
  nextCursor: string | null;
}

export interface JobStreamRecordView {
  seq: number;
  type: string;
  ts: string;
  text: string;
  data: unknown;
}

export interface JobStreamPage {
  items: JobStreamRecordView[];
  lastSeq: number;
}

export interface WorkerView {
  id: string;
  name: string;
  host: string;
  version: string;
  group: string;
  /** online | draining | offline, as the worker last reported it. */
  state: string;
  /** Whether it is alive: not offline and heartbeating recently. */
  online: boolean;
  capacity: number;
  runningJobs: number;
  lastHeartbeatAt: string;
  startedAt: string;
}

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
  worker: { select: { id: true, name: true } },
} as const satisfies Prisma.JobSelect;

export type JobSummaryRow = Prisma.JobGetPayload<{ select: typeof jobSummarySelect }>;

export function toJobSummary(row: JobSummaryRow): JobSummary {
  return {
    id: row.id,
    runbookId: row.runbookId,
    runbookName: row.runbook.name,
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
