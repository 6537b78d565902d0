"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { ErrorMessage } from "@/components/ui/error-message";
import type { JobAction } from "@/lib/job-lifecycle/statuses";
import { useJobAction } from "./use-jobs";

/** What each action does to a running job, said before it is done; Resume only continues, so it does not ask. */
const actionCopy: Record<JobAction, { label: string; variant: "danger" | "secondary"; confirm?: (job: string) => { title: string; description: string } }> = {
  stop: {
    label: "Stop",
    variant: "danger",
    confirm: (job) => ({
      title: `Stop job ${job}?`,
      description: "PowerShell stops the runbook where it is (its finally blocks still run); what it has not done yet will not happen. A stopped job cannot be resumed.",
    }),
  },
  suspend: {
    label: "Suspend",
    variant: "secondary",
    confirm: (job) => ({
      title: `Suspend job ${job}?`,
      description: "The runbook is stopped now and keeps the state it saved with Set-AutomationCheckpoint. Resume starts it again from the beginning, with that state; work done since the last checkpoint runs again.",
    }),
  },
  resume: { label: "Resume", variant: "secondary" },
};

/**
 * The actions the job's status allows (from the API) and the user may take on its runbook
 * (`allowed`), each asking first where it interrupts the job, unless `ask` is off (a test run,
 * which holds nothing to lose).
 */
export function JobActions({ jobId, actions, allowed, ask = true }: { jobId: string; actions: JobAction[]; allowed: boolean; ask?: boolean }) {
  const act = useJobAction(jobId);
  const [asking, setAsking] = useState<JobAction | null>(null);
  if (!allowed || actions.length === 0) return null;
  const shortId = jobId.slice(0, 8);
  const run = (action: JobAction) => act.mutate(action, { onSuccess: () => setAsking(null) });
  const question = asking ? actionCopy[asking].confirm?.(shortId) : undefined;
  return (
    <div className="flex flex-col items-end gap-2">
      <div className="flex gap-2">
        {actions.map((action) => (
          <Button
            key={action}
            variant={actionCopy[action].variant}
            pending={act.isPending && act.variables === action && !asking}
            disabled={act.isPending}
            onClick={() => {
              act.reset();
              if (ask && actionCopy[action].confirm) setAsking(action);
              else run(action);
            }}
          >
            {actionCopy[action].label}
          </Button>
        ))}
      </div>
      {asking ? null : <ErrorMessage error={act.error} />}
      {asking && question ? (
        <ConfirmDialog
          open
          title={question.title}
          description={question.description}
          confirmLabel={`${actionCopy[asking].label} job`}
          tone={asking === "stop" ? "danger" : "primary"}
          pending={act.isPending}
          error={act.error}
          errorTitle={`The job was not ${asking === "stop" ? "stopped" : "suspended"}`}
          onConfirm={() => run(asking)}
          onCancel={() => setAsking(null)}
        />
      ) : null}
    </div>
  );
}
