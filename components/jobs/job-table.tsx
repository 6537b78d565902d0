import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { formatDateTime, formatDuration } from "@/components/ui/format";
import type { JobSummary } from "@/lib/jobs/job-views";
import { JobStatusBadge } from "./job-status-badge";

const starterKinds: Record<string, string> = { user: "User", token: "API token", schedule: "Schedule", webhook: "Webhook", job: "Parent job" };

/** Who or what started the job: its kind, then its name; test runs say so. */
export function StartedBy({ job }: { job: Pick<JobSummary, "isTest" | "startedBy"> }) {
  const kind = job.isTest ? "Test" : (starterKinds[job.startedBy.kind] ?? job.startedBy.kind);
  return (
    <span>
      <span className="text-xs uppercase tracking-wide text-slate-400">{kind}</span> {job.startedBy.name ?? ""}
    </span>
  );
}

export function JobTable({ jobs, showRunbook = true }: { jobs: JobSummary[]; showRunbook?: boolean }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col" className="px-4 py-3">Job</th>
            {showRunbook ? <th scope="col" className="px-4 py-3">Runbook</th> : null}
            <th scope="col" className="px-4 py-3">Status</th>
            <th scope="col" className="px-4 py-3">Started by</th>
            <th scope="col" className="px-4 py-3">Created</th>
            <th scope="col" className="px-4 py-3">Duration</th>
            <th scope="col" className="px-4 py-3">Worker</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {jobs.map((job) => (
            <tr key={job.id} className="hover:bg-slate-50">
              <td className="px-4 py-3">
                <Link href={`/jobs/${job.id}`} className="font-mono text-xs text-indigo-700 hover:underline" aria-label={`Job ${job.id.slice(0, 8)} of ${job.runbookName}`}>
                  {job.id.slice(0, 8)}
                </Link>
                {job.isTest ? (
                  <Badge tone="purple" className="ml-2">
                    Test
                  </Badge>
                ) : null}
              </td>
              {showRunbook ? (
                <td className="px-4 py-3">
                  <Link href={`/runbooks/${job.runbookId}`} className="hover:underline">
                    {job.runbookName}
                  </Link>
                </td>
              ) : null}
              <td className="px-4 py-3">
                <JobStatusBadge status={job.status} />
              </td>
              <td className="px-4 py-3 text-slate-600">
                <StartedBy job={job} />
              </td>
              <td className="whitespace-nowrap px-4 py-3 text-slate-600">{formatDateTime(job.createdAt)}</td>
              <td className="whitespace-nowrap px-4 py-3 text-slate-600">{job.startedAt ? formatDuration(job.startedAt, job.endedAt) : "—"}</td>
              <td className="whitespace-nowrap px-4 py-3 text-slate-600">{job.worker?.name ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
