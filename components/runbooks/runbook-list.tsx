"use client";

import Link from "next/link";
import { useDeferredValue, useState } from "react";
import { useCan } from "@/components/auth/principal-context";
import { JobStatusBadge } from "@/components/jobs/job-status-badge";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorMessage } from "@/components/ui/error-message";
import { Input } from "@/components/ui/field";
import { formatDateTime } from "@/components/ui/format";
import { PageHeader } from "@/components/ui/page-header";
import { Spinner } from "@/components/ui/spinner";
import { RunbookStateBadge } from "./runbook-state-badge";
import { useRunbooks } from "./use-runbooks";

export function RunbookList() {
  const canWrite = useCan("runbook.write");
  const [search, setSearch] = useState("");
  const deferredSearch = useDeferredValue(search.trim());
  const runbooks = useRunbooks({ search: deferredSearch || undefined });
  const items = runbooks.data?.items ?? [];
  const newButton = canWrite ? (
    <ButtonLink href="/runbooks/new" variant="primary">
      New runbook
    </ButtonLink>
  ) : null;

  return (
    <>
      <PageHeader title="Runbooks" description="PowerShell scripts you author, publish and run as jobs." actions={newButton} />
      <div className="mb-4 max-w-sm">
        <label htmlFor="runbook-search" className="sr-only">
          Search runbooks
        </label>
        <Input id="runbook-search" type="search" placeholder="Search by name, description or tag" value={search} onChange={(e) => setSearch(e.target.value)} />
      </div>
      <ErrorMessage error={runbooks.error} title="Could not load runbooks" />
      {runbooks.isPending ? (
        <Spinner label="Loading runbooks…" />
      ) : items.length === 0 && !deferredSearch ? (
        <EmptyState title="No runbooks yet" action={newButton}>
          {canWrite ? "Create your first runbook: write a PowerShell script, publish it and start it as a job." : "Nothing has been shared with you yet."}
        </EmptyState>
      ) : items.length === 0 ? (
        <EmptyState title="No matching runbooks">Nothing matches “{deferredSearch}”.</EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
          <table className="min-w-full divide-y divide-slate-200 text-sm">
            <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
              <tr>
                <th scope="col" className="px-4 py-3">Name</th>
                <th scope="col" className="px-4 py-3">State</th>
                <th scope="col" className="px-4 py-3">Tags</th>
                <th scope="col" className="px-4 py-3">Last job</th>
                <th scope="col" className="px-4 py-3">Modified</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {items.map((rb) => (
                <tr key={rb.id} className="hover:bg-slate-50">
                  <td className="px-4 py-3">
                    <Link href={`/runbooks/${rb.id}`} className="font-medium text-indigo-700 hover:underline">
                      {rb.name}
                    </Link>
                    {rb.description ? <p className="mt-0.5 line-clamp-1 text-slate-500">{rb.description}</p> : null}
                  </td>
                  <td className="px-4 py-3">
                    <RunbookStateBadge state={rb.state} />
                  </td>
                  <td className="px-4 py-3">
                    <div className="flex flex-wrap gap-1">
                      {rb.tags.map((tag) => (
                        <Badge key={tag} tone="indigo">
                          {tag}
                        </Badge>
                      ))}
                    </div>
                  </td>
                  <td className="px-4 py-3">
                    {rb.lastJob ? (
                      <Link href={`/jobs/${rb.lastJob.id}`} className="inline-flex" aria-label={`Last job: ${rb.lastJob.status}`}>
                        <JobStatusBadge status={rb.lastJob.status} />
                      </Link>
                    ) : (
                      <span className="text-slate-400">Never run</span>
                    )}
                  </td>
                  <td className="whitespace-nowrap px-4 py-3 text-slate-600">
                    {formatDateTime(rb.updatedAt)}
                    {rb.updatedBy ? <span className="text-slate-400"> · {rb.updatedBy}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
