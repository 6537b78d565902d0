"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { useCan, usePrincipal } from "@/components/auth/principal-context";
import { JobTable } from "@/components/jobs/job-table";
import { useJobs } from "@/components/jobs/use-jobs";
import { useRunbooks } from "@/components/runbooks/use-runbooks";
import { ButtonLink } from "@/components/ui/button";
import { ErrorMessage } from "@/components/ui/error-message";
import { PageHeader } from "@/components/ui/page-header";
import { Spinner } from "@/components/ui/spinner";
import { useWorkers } from "@/components/workers/use-workers";
import { ActiveAndFailedJobs, WorkerLoad } from "./dashboard-panels";
import { JobStatusChart } from "./job-status-chart";
import { isActive, isJobStatus } from "@/lib/job-lifecycle/statuses";

function Stat({ label, value, href }: { label: string; value: ReactNode; href: string }) {
  return (
    <Link href={href} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-indigo-300">
      <div className="text-sm text-slate-500">{label}</div>
      <div className="mt-1 text-2xl font-semibold tabular-nums text-slate-900">{value}</div>
    </Link>
  );
}

export function Dashboard() {
  const { name } = usePrincipal();
  const canReadRunbooks = useCan("runbook.read");
  const canReadJobs = useCan("job.read");
  const canReadWorkers = useCan("worker.read");
  const canWrite = useCan("runbook.write");
  const runbooks = useRunbooks({}, { enabled: canReadRunbooks });
  const jobs = useJobs({}, { enabled: canReadJobs });
  const workers = useWorkers({ enabled: canReadWorkers });
  const recent = jobs.data?.pages[0]?.items.slice(0, 8) ?? [];
  const running = recent.filter((j) => isJobStatus(j.status) && isActive(j.status)).length;
  const dash = <Spinner />;

  return (
    <>
      <PageHeader
        title={`Welcome, ${name}`}
        description="What is running and what ran recently."
        actions={canWrite ? <ButtonLink href="/runbooks/new" variant="primary">New runbook</ButtonLink> : null}
      />
      <div className="mb-8 grid grid-cols-1 gap-4 sm:grid-cols-[repeat(auto-fit,minmax(12rem,1fr))]">
        {canReadRunbooks ? <Stat label="Runbooks" href="/runbooks" value={runbooks.data ? runbooks.data.items.length : runbooks.error ? "—" : dash} /> : null}
        {canReadJobs ? <Stat label="Running among recent jobs" href="/jobs" value={jobs.data ? running : jobs.error ? "—" : dash} /> : null}
        {canReadWorkers ? <Stat label="Workers online" href="/workers" value={workers.data ? workers.data.items.filter((w) => w.online).length : workers.error ? "—" : dash} /> : null}
      </div>
      {/* Without worker.read the chart takes the whole row: no empty slot where the worker load would be. */}
      {canReadJobs || canReadWorkers ? (
        <div className={canReadJobs && canReadWorkers ? "mb-8 grid grid-cols-1 gap-6 lg:grid-cols-3" : "mb-8"}>
          {canReadJobs ? (
            <div className={canReadWorkers ? "min-w-0 lg:col-span-2" : "min-w-0"}>
              <JobStatusChart />
            </div>
          ) : null}
          {canReadWorkers ? <WorkerLoad /> : null}
        </div>
      ) : null}
      {canReadJobs ? (
        <div className="mb-8 grid grid-cols-1 gap-6 lg:grid-cols-2 [&>*]:min-w-0">
          <ActiveAndFailedJobs />
        </div>
      ) : null}
      {canReadJobs ? (
        <section aria-labelledby="recent-jobs">
          <h2 id="recent-jobs" className="mb-3 text-base font-semibold">
            Recent jobs
          </h2>
          <ErrorMessage error={jobs.error} title="Could not load jobs" />
          {jobs.error ? null : jobs.isPending ? <Spinner label="Loading jobs…" /> : recent.length ? <JobTable jobs={recent} /> : <p className="text-sm text-slate-500">No jobs yet. Start a published runbook from its page.</p>}
        </section>
      ) : null}
    </>
  );
}
