"use client";

import { Badge } from "@/components/ui/badge";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorMessage } from "@/components/ui/error-message";
import { formatDateTime } from "@/components/ui/format";
import { PageHeader } from "@/components/ui/page-header";
import type { WorkerView } from "@/lib/workers/worker-view";
import { useWorkers } from "./use-workers";
import { RegistrationTokenList } from "./registration-token-list";
import { WorkerGroupList } from "./worker-group-list";

/** How the worker reaches Baton: README › Remote workers. */
function connectionOf(w: WorkerView): string {
  if (w.transport !== "https") return "Database";
  return w.address ? `HTTPS from ${w.address}` : "HTTPS";
}

const columns: DataTableColumn<WorkerView>[] = [
  {
    key: "name",
    header: "Name",
    className: "font-medium",
    cell: (w) => (
      <span className="block max-w-[16rem] truncate" title={w.name}>
        {w.name}
      </span>
    ),
  },
  {
    key: "group",
    header: "Group",
    cell: (w) => (
      <span className="block max-w-[12rem] truncate" title={w.group}>
        {w.group}
      </span>
    ),
  },
  { key: "state", header: "State", cell: (w) => <Badge tone={w.online ? (w.state === "draining" ? "amber" : "green") : "gray"}>{w.online ? w.state : "offline"}</Badge> },
  { key: "jobs", header: "Jobs", className: "tabular-nums", cell: (w) => `${w.runningJobs} / ${w.capacity}` },
  {
    key: "host",
    header: "Host and connection",
    className: "text-slate-600",
    cell: (w) => (
      <span className="block max-w-[16rem]">
        <span className="block truncate" title={`${w.host} · v${w.version}`}>
          {w.host} <span className="text-slate-500">· v{w.version}</span>
        </span>
        <span className="block truncate text-xs text-slate-500" title={connectionOf(w)}>
          {connectionOf(w)}
        </span>
      </span>
    ),
  },
  { key: "heartbeat", header: "Last heartbeat", className: "whitespace-nowrap text-slate-600", cell: (w) => formatDateTime(w.lastHeartbeatAt) },
];

export function WorkerList() {
  const workers = useWorkers();
  const items = workers.data?.items ?? [];
  return (
    <>
      <PageHeader title="Workers" description="Hybrid runbook workers that claim jobs and run them in PowerShell." />
      <WorkerGroupList />
      <ErrorMessage error={workers.error} title="Could not load workers" />
      <DataTable
        loading={workers.isPending && "Loading workers…"}
        columns={columns}
        rows={items}
        rowKey={(w) => w.id}
        empty={
          workers.error ? null : (
            <EmptyState title="No workers have registered">
              Start one with <code className="rounded bg-slate-100 px-1 py-0.5 font-mono text-xs">npm run worker</code> on a machine with PowerShell and access to the database.
            </EmptyState>
          )
        }
      />
      <RegistrationTokenList />
    </>
  );
}
