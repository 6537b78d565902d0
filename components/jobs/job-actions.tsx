"use client";

import { useCan } from "@/components/auth/principal-context";
import { Button } from "@/components/ui/button";
import { ErrorMessage } from "@/components/ui/error-message";
import type { JobAction } from "@/lib/job-lifecycle/statuses";
import { useJobAction } from "./use-jobs";

const labels: Record<JobAction, { label: string; variant: "danger" | "secondary" }> = {
  stop: { label: "Stop", variant: "danger" },
  suspend: { label: "Suspend", variant: "secondary" },
  resume: { label: "Resume", variant: "secondary" },
};

/** Only the actions the job's status allows (from the API) and the user may take are shown. */
export function JobActions({ jobId, actions }: { jobId: string; actions: JobAction[] }) {
  const canControl = useCan("job.control");
  const act = useJobAction(jobId);
  if (!canControl || actions.length === 0) return null;
  return (
    <div className="flex flex-col items-end gap-2">
      <div className="flex gap-2">
        {actions.map((action) => (
          <Button key={action} variant={labels[action].variant} pending={act.isPending && act.variables === action} disabled={act.isPending} onClick={() => act.mutate(action)}>
            {labels[action].label}
          </Button>
        ))}
      </div>
      <ErrorMessage error={act.error} />
    </div>
  );
}
