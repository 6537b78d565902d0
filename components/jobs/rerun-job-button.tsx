"use client";

import { useRouter } from "next/navigation";
import { useCan } from "@/components/auth/principal-context";
import { Button } from "@/components/ui/button";
import { ErrorMessage } from "@/components/ui/error-message";
import type { JobDetail } from "@/lib/jobs/job-views";
import { useStartJob } from "./use-jobs";

/**
 * Starts a new job of the same runbook with the same parameters and run-on, then opens it. Test jobs
 * ran a draft, which the start API does not run, so they are rerun from the runbook's test pane.
 */
export function RerunJobButton({ job }: { job: JobDetail }) {
  const canStart = useCan("job.start");
  const router = useRouter();
  const start = useStartJob(job.runbookId);
  if (!canStart || job.isTest) return null;
  return (
    <div className="flex flex-col items-end gap-2">
      <Button
        variant="secondary"
        pending={start.isPending}
        onClick={() => start.mutate({ parameters: job.parameters, runOn: job.runOn }, { onSuccess: (next) => router.push(`/jobs/${next.id}`) })}
      >
        Rerun
      </Button>
      <ErrorMessage error={start.error} title="Could not rerun" />
    </div>
  );
}
