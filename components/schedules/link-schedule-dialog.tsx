"use client";

import { useState } from "react";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Spinner } from "@/components/ui/spinner";
import { CancelOnly } from "./link-runbook-dialog";
import { LinkRunbookForm } from "./link-runbook-form";
import { useSchedules } from "./use-schedules";

const selectClass = "block w-full rounded-md border-0 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300";

/** On a runbook's page: pick a schedule to start it, and the parameter values its jobs get (Azure's "Link to schedule"). */
export function LinkScheduleDialog({ runbookId, runbookName, linkedScheduleIds, onClose }: { runbookId: string; runbookName: string; linkedScheduleIds: string[]; onClose: () => void }) {
  const schedules = useSchedules();
  const [scheduleId, setScheduleId] = useState("");
  // An expired schedule never starts anything again: linking to it would do nothing.
  const choices = (schedules.data ?? []).filter((s) => !s.expired && !linkedScheduleIds.includes(s.id));
  return (
    <Dialog open onClose={onClose} title={`Link ${runbookName} to a schedule`} description="Each occurrence of the schedule starts a job of the runbook's published version with these values.">
      {schedules.isPending ? (
        <Spinner label="Loading schedules…" />
      ) : (
        <div className="space-y-4">
          <Field label="Schedule" hint={choices.length ? "Schedules that do not start this runbook yet." : "Every schedule that can still run already starts this runbook; create one under Schedules."}>
            {(p) => (
              <select {...p} className={selectClass} value={scheduleId} onChange={(e) => setScheduleId(e.target.value)}>
                <option value="">Choose a schedule…</option>
                {choices.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                    {s.enabled ? "" : " (disabled)"}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {scheduleId ? <LinkRunbookForm key={scheduleId} scheduleId={scheduleId} runbookId={runbookId} onDone={onClose} /> : <CancelOnly onClose={onClose} />}
        </div>
      )}
    </Dialog>
  );
}
