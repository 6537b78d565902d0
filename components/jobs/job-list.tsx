"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCan } from "@/components/auth/principal-context";
import { useRunbooks } from "@/components/runbooks/use-runbooks";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorMessage } from "@/components/ui/error-message";
import { PageHeader } from "@/components/ui/page-header";
import { Spinner } from "@/components/ui/spinner";
import { jobStatuses } from "@/lib/job-lifecycle/statuses";
import { timeRanges } from "./job-list-filter";
import { JobTable } from "./job-table";
import { useJobs } from "./use-jobs";

export function JobList() {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const status = searchParams.get("status") ?? "";
  const runbookId = searchParams.get("runbookId") ?? "";
  const range = searchParams.get("range") ?? "";
  const from = searchParams.get("from") ?? "";
  const to = searchParams.get("to") ?? "";
  const jobs = useJobs({
    status: status || undefined,
    runbookId: runbookId || undefined,
    range: range || undefined,
    ...(range === "custom" ? { from: from || undefined, to: to || undefined } : {}),
  });
  const items = jobs.data?.pages.flatMap((p) => p.items) ?? [];
  const runbooks = useRunbooks({}, { enabled: useCan("runbook.read") });
  const runbookOptions = runbooks.data?.items ?? [];

  function setFilter(name: string, value: string) {
    const next = new URLSearchParams(searchParams);
    if (value) next.set(name, value);
    else next.delete(name);
    if (name === "range" && value !== "custom") {
      next.delete("from");
      next.delete("to");
    }
    router.replace(next.size ? `${pathname}?${next}` : pathname);
  }
  const selectClass = "max-w-full rounded-md border-0 bg-white py-2 pl-3 pr-8 text-sm shadow-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-indigo-600";

  return (
    <>
      <PageHeader title="Jobs" description="Every run of a runbook, newest first. Unfinished jobs refresh on their own." />
      <div className="mb-4 flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor="job-status-filter" className="mb-1 block text-sm font-medium text-slate-800">
            Status
          </label>
          <select
            id="job-status-filter"
            value={status}
            onChange={(e) => setFilter("status", e.target.value)}
            className={selectClass}
          >
            <option value="">All statuses</option>
            {jobStatuses.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="job-range-filter" className="mb-1 block text-sm font-medium text-slate-800">
            Created
          </label>
          <select id="job-range-filter" value={range} onChange={(e) => setFilter("range", e.target.value)} className={selectClass}>
            {timeRanges.map((r) => (
              <option key={r.value} value={r.value}>
                {r.label}
              </option>
            ))}
          </select>
        </div>
        {range === "custom" ? (
          <>
            <div>
              <label htmlFor="job-from-filter" className="mb-1 block text-sm font-medium text-slate-800">
                From
              </label>
              <input id="job-from-filter" type="datetime-local" value={from} onChange={(e) => setFilter("from", e.target.value)} className={selectClass} />
            </div>
            <div>
              <label htmlFor="job-to-filter" className="mb-1 block text-sm font-medium text-slate-800">
                To
              </label>
              <input id="job-to-filter" type="datetime-local" value={to} onChange={(e) => setFilter("to", e.target.value)} className={selectClass} />
            </div>
          </>
        ) : null}
        <div className="min-w-0 max-w-full">
          <label htmlFor="job-runbook-filter" className="mb-1 block text-sm font-medium text-slate-800">
            Runbook
          </label>
          <select id="job-runbook-filter" value={runbookId} onChange={(e) => setFilter("runbookId", e.target.value)} className={selectClass}>
            <option value="">All runbooks</option>
            {runbookId && !runbookOptions.some((r) => r.id === runbookId) ? <option value={runbookId}>This runbook</option> : null}
            {runbookOptions.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </div>
        {jobs.isFetching && !jobs.isPending ? <Spinner className="mb-2 text-slate-400" /> : null}
      </div>
      <ErrorMessage error={jobs.error} title="Could not load jobs" />
      {jobs.isPending ? (
        <Spinner label="Loading jobs…" />
      ) : items.length === 0 ? (
        status || runbookId || range ? (
          <EmptyState title="No matching jobs" action={<Button onClick={() => router.replace(pathname)}>Clear filters</Button>}>
            No job matches these filters.
          </EmptyState>
        ) : (
          <EmptyState title="No jobs yet">Start a published runbook from its page to create a job.</EmptyState>
        )
      ) : (
        <>
          <JobTable jobs={items} />
          {jobs.hasNextPage ? (
            <div className="mt-4 flex justify-center">
              <Button onClick={() => void jobs.fetchNextPage()} pending={jobs.isFetchingNextPage}>
                Load more
              </Button>
            </div>
          ) : null}
        </>
      )}
    </>
  );
}
