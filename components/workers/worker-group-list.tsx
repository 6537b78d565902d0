"use client";

import { useState } from "react";
import { useCan } from "@/components/auth/principal-context";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Dialog } from "@/components/ui/dialog";
import { ErrorMessage } from "@/components/ui/error-message";
import type { WorkerGroupView } from "@/lib/workers/worker-group-view";
import { CreateWorkerGroupForm } from "./create-worker-group-form";
import { DeleteWorkerGroupButton } from "./delete-worker-group-button";
import { EditWorkerGroupForm } from "./edit-worker-group-form";
import { hostModeLabels } from "./host-mode-select";
import { useWorkerGroups } from "./use-workers";

/** The groups jobs can run on, with how many of their workers are online; administrators manage them here. */
export function WorkerGroupList() {
  const groups = useWorkerGroups();
  const canWrite = useCan("worker.write");
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<WorkerGroupView | null>(null);
  if (groups.error) return <ErrorMessage error={groups.error} title="Could not load worker groups" />;
  if (!groups.data || (!groups.data.length && !canWrite)) return null;
  const newGroup = canWrite ? (
    <Button variant="primary" onClick={() => setCreating(true)}>
      New worker group
    </Button>
  ) : null;
  return (
    <Card title="Worker groups" actions={newGroup} className="mb-6">
      {groups.data.length === 0 ? <p className="text-sm text-slate-500">No worker groups yet. Workers create theirs when they first start.</p> : null}
      <ul className="divide-y divide-slate-100 text-sm" aria-label="Worker groups">
        {groups.data.map((g) => (
          <li key={g.id} className="flex flex-wrap items-baseline gap-x-4 gap-y-1 py-2 first:pt-0 last:pb-0">
            <span className="min-w-0 break-all font-medium text-slate-900">{g.name}</span>
            {g.description ? <span className="min-w-0 break-words text-slate-600">{g.description}</span> : null}
            <span className="text-slate-600">Job host: {hostModeLabels[g.hostMode]}</span>
            <span className="ml-auto tabular-nums text-slate-600">
              {g.onlineWorkers} of {g.workers} worker{g.workers === 1 ? "" : "s"} online
            </span>
            {canWrite ? (
              <span className="flex gap-1">
                <Button variant="ghost" onClick={() => setEditing(g)} aria-label={`Edit worker group ${g.name}`}>
                  Edit
                </Button>
                <DeleteWorkerGroupButton name={g.name} />
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      <Dialog open={creating} onClose={() => setCreating(false)} title="New worker group">
        <CreateWorkerGroupForm onDone={() => setCreating(false)} />
      </Dialog>
      <Dialog open={editing !== null} onClose={() => setEditing(null)} title={`Edit worker group ${editing?.name ?? ""}`}>
        {editing ? <EditWorkerGroupForm group={editing} onDone={() => setEditing(null)} /> : null}
      </Dialog>
    </Card>
  );
}
