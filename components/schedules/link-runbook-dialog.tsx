"use client";

import { useState } from "react";
import { useRunbooks } from "@/components/runbooks/use-runbooks";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Spinner } from "@/components/ui/spinner";
import { LinkRunbookForm } from "./link-runbook-form";

const selectClass = "block w-full rounded-md border-0 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300";

/** On a schedule's page: pick a published runbook and the parameter values its scheduled jobs get. */
export function LinkRunbookDialog({ scheduleId, linkedIds, open, onClose }: { scheduleId: string; linkedIds: string[]; open: boolean; onClose: () => void }) {
  const runbooks = useRunbooks({}, { enabled: open });
  const [runbookId, setRunbookId] = useState("");
  const choices = (runbooks.data?.items ?? []).filter((r) => r.publishedVersion !== null && !linkedIds.includes(r.id));
  return (
    <Dialog open={open} onClose={onClose} title="Link a runbook" description="Each occurrence starts a job of the runbook's published version with these values.">
      {runbooks.isPending ? (
        <Spinner label="Loading runbooks…" />
      ) : (
        <div className="space-y-4">
          <Field label="Runbook" hint={choices.length ? "Published runbooks not linked yet." : "No published runbook is left to link."}>
            {(p) => (
              <select {...p} className={selectClass} value={runbookId} onChange={(e) => setRunbookId(e.target.value)}>
                <option value="">Choose a runbook…</option>
                {choices.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {runbookId ? <LinkRunbookForm key={runbookId} scheduleId={scheduleId} runbookId={runbookId} onDone={onClose} /> : <CancelOnly onClose={onClose} />}
        </div>
      )}
    </Dialog>
  );
}

export function CancelOnly({ onClose }: { onClose: () => void }) {
  return (
    <div className="flex justify-end">
      <Button variant="ghost" onClick={onClose}>
        Cancel
      </Button>
    </div>
  );
}
