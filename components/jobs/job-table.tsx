import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { formatDateTime, formatDuration } from "@/components/ui/format";
import type { JobSummary } from "@/lib/jobs/job-views";
import { JobStatusBadge } from "./job-status-badge";
import { shortVersionLabel, versionLabel } from "./version-label";

const starterKinds: Record<string, string> = { user: "User", token: "API token", schedule: "Schedule", webhook: "Webhook", job: "Parent job" };

/** Who or what started the job: its kind, then its name; test runs say so. */
export function StartedBy({ job }: { job: Pick<JobSummary, "isTest" | "startedBy"> }) {
  const kind = job.isTest ? "Test" : (starterKinds[job.startedBy.kind] ?? job.startedBy.kind);
  return (
    <span>
      <span className="text-xs uppercase tracking-wide text-slate-500">{kind}</span> {job.startedBy.name ?? ""}
    </span>
  );
}

const jobColumn: DataTableColumn<JobSummary> = {
  key: "job",
  header: "Job",
  cell: (job) => (
    <>
      <Link href={`/jobs/${job.id}`} className="font-mono text-xs text-indigo-700 hover:underline" aria-label={`Job ${job.id.slice(0, 8)} of ${job.runbookName}`}>
        {job.id.slice(0, 8)}
      </Link>
      {job.isTest ? (
        <Badge tone="purple" className="ml-2">
          Test
        </Badge>
      ) : null}
    </>
  ),
};

const runbookColumn: DataTableColumn<JobSummary> = {
  key: "runbook",
  header: "Runbook",
  cell: (job) => (
    <Link href={`/runbooks/${job.runbookId}`} className="block max-w-64 truncate hover:underline" title={job.runbookName}>
      {job.runbookName}
    </Link>
  ),
};

const detailColumns: DataTableColumn<JobSummary>[] = [
  {
    key: "version",
    header: "Version",
    className: "whitespace-nowrap tabular-nums text-slate-600",
    cell: (job) => <span title={versionLabel(job)}>{shortVersionLabel(job)}</span>,
  },
  { key: "status", header: "Status", cell: (job) => <JobStatusBadge status={job.status} /> },
  { key: "startedBy", header: "Started by", className: "text-slate-600", cell: (job) => <StartedBy job={job} /> },
  { key: "created", header: "Created", className: "whitespace-nowrap text-slate-600", cell: (job) => formatDateTime(job.createdAt) },
  { key: "duration", header: "Duration", className: "whitespace-nowrap text-slate-600", cell: (job) => (job.startedAt ? formatDuration(job.startedAt, job.endedAt) : "—") },
  { key: "worker", header: "Worker", className: "text-slate-600", cell: (job) => <span className="block max-w-48 truncate" title={job.worker?.name}>{job.worker?.name ?? "—"}</span> },
];

export function JobTable({ jobs, showRunbook = true }: { jobs: JobSummary[]; showRunbook?: boolean }) {
  return <DataTable columns={[jobColumn, showRunbook && runbookColumn, ...detailColumns]} rows={jobs} rowKey={(job) => job.id} rowClassName="hover:bg-slate-50" />;
}
