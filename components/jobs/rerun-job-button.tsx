"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { JobDetail } from "@/lib/jobs/job-views";
import type { RunbookDetail } from "@/lib/runbooks/runbook-views";
import { StartJobDialog } from "./start-job-dialog";

/**
 * Opens the Start dialog filled with the job's parameters and run-on, saying which version will run;
 * the new job records that it reruns this one. Test jobs ran a draft, which the start API does not
 * run, so they are rerun from the runbook's test pane.
 */
export function RerunJobButton({ job, runbook }: { job: JobDetail; runbook: RunbookDetail }) {
  const [open, setOpen] = useState(false);
  if (job.isTest) return null;
  const published = runbook.published;
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)} disabled={!published} title={published ? "Start a new job with these parameters" : "The runbook has no published version to run"}>
        Rerun
      </Button>
      {open && published ? (
        <StartJobDialog
          runbookId={runbook.id}
          runbookName={runbook.name}
          defaultRunOn={runbook.defaultRunOn}
          parameters={published.parameters}
          publishedNumber={published.number}
          rerun={{ jobId: job.id, parameters: job.parameters, runOn: job.runOn, versionNumber: job.runbookVersionNumber }}
          open
          onClose={() => setOpen(false)}
        />
      ) : null}
    </>
  );
}
