"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { JobStatusBadge } from "@/components/jobs/job-status-badge";
import { StartedBy } from "@/components/jobs/job-table";
import { ErrorMessage } from "@/components/ui/error-message";
import { formatDateTime, formatDuration } from "@/components/ui/format";
import { Spinner } from "@/components/ui/spinner";
import { useWorkers } from "@/components/workers/use-workers";
import type { JobSummary } from "@/lib/jobs/job-views";
import { useDashboardJobs } from "./use-dashboard";

function Panel({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="min-w-0 rounded-lg border border-slate-200 bg-white shadow-sm">
      <h2 id={id} className="border-b border-slate-200 px-4 py-3 text-sm font-semibold">
        {title}
      </h2>
      <div className="divide-y divide-slate-100">{children}</div>
    </section>
  );
}

/** When a job ran, in words that fit its state: running for how long, or when it ended and after how long. */
function jobTiming(job: Pick<JobSummary, "createdAt" | "startedAt" | "endedAt">): string {
  if (job.endedAt) return `ended ${formatDateTime(job.endedAt)}${job.startedAt ? ` after ${formatDuration(job.startedAt, job.endedAt)}` : ", before it started"}`;
  if (job.startedAt) return `running ${formatDuration(job.startedAt)}`;
  return `created ${formatDateTime(job.createdAt)}`;
}

function JobLine({ job, children }: { job: JobSummary; children?: ReactNode }) {
  return (
    <div className="min-w-0 px-4 py-2.5 text-sm" data-testid={`dashboard-job-${job.id}`}>
      <div className="flex min-w-0 items-center justify-between gap-3">
        <Link href={`/jobs/${job.id}`} className="min-w-0 truncate font-medium text-indigo-700 hover:underline" title={job.runbookName}>
          {job.runbookName} <span className="font-mono text-xs text-slate-500">{job.id.slice(0, 8)}</span>
        </Link>
        <JobStatusBadge status={job.status} />
      </div>
      <div className="mt-0.5 text-xs text-slate-500">
        <StartedBy job={job} /> · {jobTiming(job)}
      </div>
      {children}
    </div>
  );
}

const empty = (text: string) => <p className="px-4 py-3 text-sm text-slate-500">{text}</p>;

/** Running and queued jobs, and the latest failures. */
export function ActiveAndFailedJobs() {
  const jobs = useDashboardJobs();
  if (jobs.isPending) return <Spinner label="Loading jobs…" />;
  if (jobs.error) return <ErrorMessage error={jobs.error} title="Could not load jobs" />;
  return (
    <>
      <Panel id="active-jobs" title="Running and queued">
        {jobs.data.active.length
          ? jobs.data.active.map((j) => (
              <JobLine key={j.id} job={j}>
                {j.waitingReason ? <p className="mt-1 text-xs text-sky-800">Waiting: {j.waitingReason}</p> : null}
              </JobLine>
            ))
          : empty("Nothing is running or queued.")}
      </Panel>
      <Panel id="recent-failures" title="Recent failures">
        {jobs.data.failures.length
          ? jobs.data.failures.map((j) => (
              <JobLine key={j.id} job={j}>
                {j.errorLine ? <p className="mt-1 truncate font-mono text-xs text-red-700" title={j.errorLine}>{j.errorLine}</p> : null}
              </JobLine>
            ))
          : empty("No failed jobs.")}
      </Panel>
    </>
  );
}

/** Online workers with their load: running jobs against capacity. */
export function WorkerLoad() {
  const workers = useWorkers();
  if (workers.isPending) return <Spinner label="Loading workers…" />;
  if (workers.error) return <ErrorMessage error={workers.error} title="Could not load workers" />;
  const online = workers.data.items.filter((w) => w.online);
  return (
    <Panel id="worker-load" title="Worker load">
      {online.length
        ? online.map((w) => {
            const load = w.capacity ? Math.min(1, w.runningJobs / w.capacity) : 1;
            return (
              <div key={w.id} className="px-4 py-2.5 text-sm">
                <div className="flex justify-between gap-3">
                  <span className="min-w-0 truncate font-medium text-slate-900" title={`${w.name} (${w.group})`}>
                    {w.name} <span className="text-xs font-normal text-slate-500">{w.group}</span>
                  </span>
                  <span className="tabular-nums text-slate-600">
                    {w.runningJobs} / {w.capacity}
                  </span>
                </div>
                <div role="meter" aria-label={`Load of ${w.name}`} aria-valuemin={0} aria-valuemax={w.capacity} aria-valuenow={w.runningJobs} className="mt-1.5 h-1.5 rounded-full bg-slate-100">
                  <div className={load >= 1 ? "h-full rounded-full bg-amber-500" : "h-full rounded-full bg-emerald-500"} style={{ width: `${load * 100}%` }} />
                </div>
              </div>
            );
          })
        : empty("No worker is online. Jobs wait in the queue until one starts.")}
    </Panel>
  );
}
