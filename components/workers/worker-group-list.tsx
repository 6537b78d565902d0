"use client";

import { Card } from "@/components/ui/card";
import { ErrorMessage } from "@/components/ui/error-message";
import { useWorkerGroups } from "./use-workers";

/** The groups jobs can run on, with how many of their workers are online. */
export function WorkerGroupList() {
  const groups = useWorkerGroups();
  if (groups.error) return <ErrorMessage error={groups.error} title="Could not load worker groups" />;
  if (!groups.data?.length) return null;
  return (
    <Card title="Worker groups" className="mb-6">
      <ul className="divide-y divide-slate-100 text-sm" aria-label="Worker groups">
        {groups.data.map((g) => (
          <li key={g.id} className="flex flex-wrap items-baseline gap-x-4 gap-y-1 py-2 first:pt-0 last:pb-0">
            <span className="font-medium text-slate-900">{g.name}</span>
            {g.description ? <span className="text-slate-600">{g.description}</span> : null}
            <span className="ml-auto tabular-nums text-slate-600">
              {g.onlineWorkers} of {g.workers} worker{g.workers === 1 ? "" : "s"} online
            </span>
          </li>
        ))}
      </ul>
    </Card>
  );
}
