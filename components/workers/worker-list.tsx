"use client";

import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorMessage } from "@/components/ui/error-message";
import { formatDateTime } from "@/components/ui/format";
import { PageHeader } from "@/components/ui/page-header";
import { Spinner } from "@/components/ui/spinner";
import { useWorkers } from "./use-workers";
import { WorkerGroupList } from "./worker-group-list";

export function WorkerList() {
  const workers = useWorkers();
  const items = workers.data?.items ?? [];
  return (
    <>
      <PageHeader title="Workers" description="Hybrid runbook workers that claim jobs and run them in PowerShell." />
      <WorkerGroupList />
      <ErrorMessage error={workers.error} title="Could not load workers" />
      {workers.isPending ? (
        <Spinner label="Loading workers…" />
      ) : items.length === 0 && !workers.error ? (
        <EmptyState title="No workers have registered">
          Start one with <code className="rounded bg-slate-100 px-1 py-0.5 font-mono text-xs">npm run worker</code> on a machine with PowerShell and access to the database.
        </EmptyState>
      ) : items.length ? (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
          <table className="min-w-full divide-y divide-slate-200 text-sm">
            <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
              <tr>
                <th scope="col" className="px-4 py-3">Name</th>
                <th scope="col" className="px-4 py-3">Group</th>
                <th scope="col" className="px-4 py-3">State</th>
                <th scope="col" className="px-4 py-3">Jobs</th>
                <th scope="col" className="px-4 py-3">Host</th>
                <th scope="col" className="px-4 py-3">Last heartbeat</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {items.map((w) => (
                <tr key={w.id}>
                  <td className="px-4 py-3 font-medium">{w.name}</td>
                  <td className="px-4 py-3">{w.group}</td>
                  <td className="px-4 py-3">
                    <Badge tone={w.online ? (w.state === "draining" ? "amber" : "green") : "gray"}>{w.online ? w.state : "offline"}</Badge>
                  </td>
                  <td className="px-4 py-3 tabular-nums">
                    {w.runningJobs} / {w.capacity}
                  </td>
                  <td className="px-4 py-3 text-slate-600">
                    {w.host} <span className="text-slate-400">· v{w.version}</span>
                  </td>
                  <td className="whitespace-nowrap px-4 py-3 text-slate-600">{formatDateTime(w.lastHeartbeatAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
