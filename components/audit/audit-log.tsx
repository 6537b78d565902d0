"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { fetchJson } from "@/components/api/fetch-json";
import { queryKeys } from "@/components/api/query-keys";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { ErrorMessage } from "@/components/ui/error-message";
import { Field, Input } from "@/components/ui/field";
import { formatDateTime } from "@/components/ui/format";
import { PageHeader } from "@/components/ui/page-header";
import type { AuditEventView } from "@/lib/audit/list-audit-events";
import type { Page } from "@/lib/paging/page-query";

type Filters = Record<string, string>;

/** datetime-local inputs give local wall time; the API wants an instant. */
function toQuery(filters: Filters): URLSearchParams {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) {
    if (!v) continue;
    qs.set(k, k === "from" || k === "to" ? new Date(v).toISOString() : v);
  }
  return qs;
}

const columns: DataTableColumn<AuditEventView>[] = [
  { key: "time", header: "Time", className: "whitespace-nowrap text-slate-600", cell: (e) => formatDateTime(e.at) },
  {
    key: "actor",
    header: "Actor",
    cell: (e) => (
      <>
        {e.actorName ?? "—"} <span className="text-xs text-slate-500">{e.actorKind}</span>
      </>
    ),
  },
  {
    key: "action",
    header: "Action",
    cell: (e) => (
      <>
        <span className="font-mono text-xs">{e.action}</span> {e.outcome === "failure" ? <Badge tone="red">failure</Badge> : null}
      </>
    ),
  },
  { key: "target", header: "Target", cell: (e) => (e.targetType ? `${e.targetType} ${e.targetName ?? e.targetId ?? ""}` : "—") },
  { key: "source", header: "Source", className: "text-slate-600", cell: (e) => e.sourceAddress ?? "—" },
  { key: "details", header: "Details", className: "max-w-xs font-mono text-xs text-slate-500", cell: (e) => (e.details ? <AuditDetails details={e.details} /> : "") },
];

export function AuditLog() {
  const [filters, setFilters] = useState<Filters>({});
  const events = useInfiniteQuery({
    queryKey: queryKeys.auditEvents(filters),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => {
      const qs = toQuery(filters);
      if (pageParam) qs.set("cursor", pageParam);
      return fetchJson<Page<AuditEventView>>(`/api/v1/audit-events?${qs}`, { signal });
    },
    getNextPageParam: (last) => last.nextCursor,
  });

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setFilters(Object.fromEntries(["action", "actor", "targetType", "outcome", "from", "to"].map((k) => [k, String(form.get(k) ?? "").trim()])));
  }

  const csvHref = `/api/v1/audit-events?${toQuery({ ...filters, format: "csv" })}`;
  const rows = events.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <PageHeader
        title="Audit log"
        description="Who changed what, from where: sign-ins, users, groups, roles, tokens, assets, runbooks, jobs and settings."
        actions={
          <a href={csvHref} download className="inline-flex items-center rounded-md bg-white px-3 py-2 text-sm font-medium shadow-sm ring-1 ring-inset ring-slate-300 hover:bg-slate-50">
            Export CSV
          </a>
        }
      />
      <form onSubmit={onSubmit} className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-3 lg:grid-cols-7 lg:items-end">
        <Field label="Action" hint="Or a prefix: user.">
          {(p) => <Input {...p} name="action" placeholder="e.g. auth.sign_in" />}
        </Field>
        <Field label="Actor">
          {(p) => <Input {...p} name="actor" placeholder="username" />}
        </Field>
        <Field label="Target type">
          {(p) => <Input {...p} name="targetType" placeholder="e.g. user" />}
        </Field>
        <Field label="Outcome">
          {(p) => (
            <select {...p} name="outcome" className="block w-full rounded-md border-0 bg-white px-3 py-2 text-sm shadow-sm ring-1 ring-inset ring-slate-300">
              <option value="">Any</option>
              <option value="success">Success</option>
              <option value="failure">Failure</option>
            </select>
          )}
        </Field>
        <Field label="From">
          {(p) => <Input {...p} name="from" type="datetime-local" />}
        </Field>
        <Field label="To">
          {(p) => <Input {...p} name="to" type="datetime-local" />}
        </Field>
        <Button type="submit" variant="primary" className="mb-5">
          Filter
        </Button>
      </form>
      <ErrorMessage error={events.error} title="Could not load the audit log" />
      <DataTable
        loading={events.isPending && "Loading events…"}
        density="compact"
        columns={columns}
        rows={rows}
        rowKey={(e) => e.id}
        empty={events.data ? <p className="text-sm text-slate-500">No events match.</p> : null}
      />
      {events.hasNextPage ? (
        <div className="mt-4 flex justify-center">
          <Button pending={events.isFetchingNextPage} onClick={() => void events.fetchNextPage()}>
            Load older events
          </Button>
        </div>
      ) : null}
    </>
  );
}

/** One line in the table; opened, the whole value (e.g. a setting's before and after) as indented JSON. */
function AuditDetails({ details }: { details: unknown }) {
  const line = JSON.stringify(details);
  return (
    <details className="group">
      <summary className="cursor-pointer truncate group-open:whitespace-normal" title="Show all details">
        <span className="group-open:hidden">{line}</span>
        <span className="hidden group-open:inline">Details</span>
      </summary>
      <pre className="mt-1 max-h-64 overflow-auto whitespace-pre-wrap break-all text-slate-700">{JSON.stringify(details, null, 2)}</pre>
    </details>
  );
}
