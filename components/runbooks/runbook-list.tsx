"use client";

import Link from "next/link";
import { useDeferredValue, useMemo, useState } from "react";
import { useCan } from "@/components/auth/principal-context";
import { JobStatusBadge } from "@/components/jobs/job-status-badge";
import { ButtonLink } from "@/components/ui/button";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorMessage } from "@/components/ui/error-message";
import { Input } from "@/components/ui/field";
import { formatDateTime } from "@/components/ui/format";
import { PageHeader } from "@/components/ui/page-header";
import type { RunbookState, RunbookSummary } from "@/lib/runbooks/runbook-views";
import { filterRunbooks, sortRunbooks, type RunbookSort } from "@/lib/runbooks/sort-runbooks";
import { RunbookStateBadge } from "./runbook-state-badge";
import { RunbookTags } from "./runbook-tags";
import { sortHeader } from "./sort-header";
import { useRunbooks } from "./use-runbooks";

const selectClass = "block max-w-full rounded-md border-0 bg-white py-2 pl-3 pr-8 text-sm text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-inset focus:ring-indigo-600 focus:outline-none";
const states: { value: RunbookState; label: string }[] = [
  { value: "new", label: "New" },
  { value: "edited", label: "Edited" },
  { value: "published", label: "Published" },
];

export function RunbookList() {
  const canWrite = useCan("runbook.write");
  const [search, setSearch] = useState("");
  const [tag, setTag] = useState("");
  const [state, setState] = useState<RunbookState | "">("");
  const [sort, setSort] = useState<RunbookSort>({ key: "name", direction: "asc" });
  const deferredSearch = useDeferredValue(search.trim());
  const runbooks = useRunbooks({ search: deferredSearch || undefined });
  const all = useMemo(() => runbooks.data?.items ?? [], [runbooks.data]);
  const tags = useMemo(() => [...new Set(all.flatMap((r) => r.tags))].sort((a, b) => a.localeCompare(b)), [all]);
  const items = useMemo(() => sortRunbooks(filterRunbooks(all, { tag: tag || undefined, state: state || undefined }), sort), [all, tag, state, sort]);
  const filtered = Boolean(deferredSearch || tag || state);
  const actions = canWrite ? (
    <>
      <ButtonLink href="/runbooks/import">Import .ps1</ButtonLink>
      <ButtonLink href="/runbooks/new" variant="primary">
        New runbook
      </ButtonLink>
    </>
  ) : null;

  return (
    <>
      <PageHeader title="Runbooks" description="PowerShell scripts you author, publish and run as jobs." actions={actions} />
      <div className="mb-4 flex flex-wrap items-end gap-3" role="search" aria-label="Filter runbooks">
        <div className="w-full max-w-sm">
          <label htmlFor="runbook-search" className="sr-only">
            Search runbooks
          </label>
          <Input id="runbook-search" type="search" placeholder="Search by name, description or tag" value={search} onChange={(e) => setSearch(e.target.value)} />
        </div>
        <div className="flex min-w-0 max-w-full items-center gap-2 text-sm text-slate-700">
          <label htmlFor="runbook-tag-filter">Tag</label>
          <select id="runbook-tag-filter" className={selectClass} value={tag} onChange={(e) => setTag(e.target.value)}>
            <option value="">All tags</option>
            {tags.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </div>
        <div className="flex min-w-0 max-w-full items-center gap-2 text-sm text-slate-700">
          <label htmlFor="runbook-state-filter">State</label>
          <select id="runbook-state-filter" className={selectClass} value={state} onChange={(e) => setState(e.target.value as RunbookState | "")}>
            <option value="">All states</option>
            {states.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <ErrorMessage error={runbooks.error} title="Could not load runbooks" />
      <DataTable
        loading={runbooks.isPending && "Loading runbooks…"}
        columns={columns(sort, setSort)}
        rows={items}
        rowKey={(rb) => rb.id}
        rowClassName="hover:bg-slate-50"
        aria-label="Runbooks"
        empty={
          filtered ? (
            <EmptyState title="No matching runbooks">No runbook matches these filters.</EmptyState>
          ) : (
            <EmptyState title="No runbooks yet" action={actions}>
              {canWrite ? "Create your first runbook, or import a .ps1 script you already have: edit it here, publish it and start it as a job." : "Nothing has been shared with you yet."}
            </EmptyState>
          )
        }
      />
    </>
  );
}

function columns(sort: RunbookSort, onSort: (sort: RunbookSort) => void): DataTableColumn<RunbookSummary>[] {
  return [
    {
      key: "name",
      ...sortHeader("Name", "name", sort, onSort),
      cell: (rb) => (
        <>
          <Link href={`/runbooks/${rb.id}`} className="block max-w-[18rem] truncate font-medium text-indigo-700 hover:underline" title={rb.name}>
            {rb.name}
          </Link>
          {rb.description ? (
            <p className="mt-0.5 line-clamp-1 max-w-[18rem] text-slate-500" title={rb.description}>
              {rb.description}
            </p>
          ) : null}
        </>
      ),
    },
    { key: "state", ...sortHeader("State", "state", sort, onSort), cell: (rb) => <RunbookStateBadge state={rb.state} /> },
    { key: "tags", header: "Tags", className: "min-w-[8rem] max-w-[16rem]", cell: (rb) => <RunbookTags tags={rb.tags} /> },
    {
      key: "lastJob",
      ...sortHeader("Last job", "lastJob", sort, onSort),
      cell: (rb) =>
        rb.lastJob ? (
          <Link href={`/jobs/${rb.lastJob.id}`} className="inline-flex items-center gap-2" aria-label={`Last job: ${rb.lastJob.status}, ${formatDateTime(rb.lastJob.createdAt)}`}>
            <JobStatusBadge status={rb.lastJob.status} />
            <span className="whitespace-nowrap text-xs text-slate-500">{formatDateTime(rb.lastJob.createdAt)}</span>
          </Link>
        ) : (
          <span className="text-slate-500">Never run</span>
        ),
    },
    {
      key: "updatedAt",
      ...sortHeader("Modified", "updatedAt", sort, onSort),
      className: "whitespace-nowrap text-slate-600",
      cell: (rb) => (
        <>
          {formatDateTime(rb.updatedAt)}
          {rb.updatedBy ? <span className="block max-w-[12rem] truncate text-xs text-slate-500" title={rb.updatedBy}>{rb.updatedBy}</span> : null}
        </>
      ),
    },
  ];
}
