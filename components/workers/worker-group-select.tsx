"use client";

import { useCan } from "@/components/auth/principal-context";
import { Input } from "@/components/ui/field";
import { defaultWorkerGroup } from "@/lib/jobs/assert-worker-group-exists";
import { useWorkerGroups } from "./use-workers";

const selectClass =
  "block w-full rounded-md border-0 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-inset focus:ring-indigo-600 focus:outline-none aria-[invalid=true]:ring-red-500";

interface WorkerGroupSelectProps {
  id?: string;
  /** Submitted with the form under this name, for forms read through FormData. */
  name?: string;
  value: string;
  onChange: (value: string) => void;
  /** The empty choice: what runs when no group is named ("Runbook default (linux)"). */
  emptyLabel: string;
  "aria-describedby"?: string;
  "aria-invalid"?: boolean;
}

/**
 * The worker groups a job can run on, each with how many of its workers are online, after an empty
 * choice for the default. Without worker.read the groups cannot be listed, so a text box takes the
 * name. A value not among the groups (a rerun of a job whose group was deleted) stays selectable,
 * marked, so the server's refusal names it.
 */
export function WorkerGroupSelect({ value, onChange, emptyLabel, ...props }: WorkerGroupSelectProps) {
  const canList = useCan("worker.read");
  const groups = useWorkerGroups({ enabled: canList });
  if (!canList) return <Input {...props} value={value} onChange={(e) => onChange(e.target.value)} placeholder={emptyLabel} autoComplete="off" spellCheck={false} />;
  const listed = groups.data ?? [];
  const names = new Set(listed.map((g) => g.name));
  return (
    <select {...props} value={value} onChange={(e) => onChange(e.target.value)} className={selectClass} aria-busy={groups.isPending || undefined}>
      <option value="">{emptyLabel}</option>
      {names.has(defaultWorkerGroup) ? null : <option value={defaultWorkerGroup}>{defaultWorkerGroup}</option>}
      {listed.map((g) => (
        <option key={g.id} value={g.name}>
          {g.name} — {g.onlineWorkers ? `${g.onlineWorkers} of ${g.workers} online` : "no worker online"}
        </option>
      ))}
      {value && value !== defaultWorkerGroup && groups.data && !names.has(value) ? <option value={value}>{value} (no such group)</option> : null}
    </select>
  );
}
