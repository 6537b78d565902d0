"use client";

import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ErrorMessage } from "@/components/ui/error-message";
import { formatDateTime } from "@/components/ui/format";
import type { PurgeSummary } from "@/lib/retention/run-retention";
import { usePurgeNow } from "./use-settings";

function describe(p: PurgeSummary): string {
  const jobs = `${p.jobsDeleted.toLocaleString()} job${p.jobsDeleted === 1 ? "" : "s"}`;
  const events = `${p.auditEventsDeleted.toLocaleString()} audit event${p.auditEventsDeleted === 1 ? "" : "s"}`;
  return `Deleted ${jobs} and ${events} in ${p.durationMs.toLocaleString()} ms${p.interrupted ? " (interrupted; the next run continues)" : ""}.`;
}

/** The latest retention purge and, for those who may, a button to run one now. */
export function RetentionPurgeCard({ lastPurge, canWrite }: { lastPurge: PurgeSummary | null; canWrite: boolean }) {
  const purge = usePurgeNow();
  return (
    <Card
      title="Retention purge"
      actions={
        canWrite ? (
          <Button pending={purge.isPending} onClick={() => purge.mutate()}>
            Purge now
          </Button>
        ) : null
      }
    >
      <div className="space-y-3 text-sm text-slate-700">
        <p>A runbook worker purges hourly by the limits above, in small batches that never hold up the job queue.</p>
        <ErrorMessage error={purge.error} title="The purge did not run" />
        {purge.data ? (
          <p role="status" className="font-medium text-emerald-800">
            {describe(purge.data)}
          </p>
        ) : null}
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
          <dt className="text-slate-500">Last purge</dt>
          <dd>{lastPurge ? `${formatDateTime(lastPurge.at)} (${lastPurge.trigger === "manual" ? "run by hand" : "scheduled"})` : "Not run yet"}</dd>
          {lastPurge ? (
            <>
              <dt className="text-slate-500">Result</dt>
              <dd>{describe(lastPurge)}</dd>
            </>
          ) : null}
        </dl>
      </div>
    </Card>
  );
}
