"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { useCanOn } from "@/components/auth/principal-context";
import { useRunbook } from "@/components/runbooks/use-runbooks";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { ErrorMessage } from "@/components/ui/error-message";
import { formatDateTime, formatDuration } from "@/components/ui/format";
import { PageHeader } from "@/components/ui/page-header";
import { Spinner } from "@/components/ui/spinner";
import { isJobStatus, isTerminal } from "@/lib/job-lifecycle/statuses";
import { JobActions } from "./job-actions";
import { JobLogDownloads } from "./job-log-downloads";
import { JobStatusBadge } from "./job-status-badge";
import { JobStreams } from "./job-streams";
import { StartedBy } from "./job-table";
import { JobTimeline } from "./job-timeline";
import { ProgressBars } from "./progress-bars";
import { RerunJobButton } from "./rerun-job-button";
import { useJob } from "./use-jobs";
import { useJobStream } from "./use-job-stream";
import { versionLabel } from "./version-label";

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex justify-between gap-4 py-1.5 text-sm">
      <dt className="shrink-0 text-slate-500">{label}</dt>
      <dd className="min-w-0 break-words text-right text-slate-900">{children}</dd>
    </div>
  );
}


function formatValue(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

export function JobDetail({ jobId }: { jobId: string }) {
  const job = useJob(jobId);
  const stream = useJobStream(jobId, job.data ? isJobStatus(job.data.status) && isTerminal(job.data.status) : undefined);
  const runbook = useRunbook(job.data?.runbookId ?? "", { enabled: Boolean(job.data) });
  const tags = runbook.data?.tags;
  const canStart = useCanOn("job.start", tags);
  const canControl = useCanOn("job.control", tags);

  if (job.isPending) return <Spinner label="Loading job…" />;
  if (job.error) return <ErrorMessage error={job.error} title="Could not load the job" />;
  const j = job.data;
  const params = Object.entries(j.parameters ?? {});

  return (
    <>
      <PageHeader
        eyebrow={
          <>
            <Link href="/jobs" className="hover:underline">Jobs</Link> /{" "}
            <Link href={`/runbooks/${j.runbookId}`} className="hover:underline">{j.runbookName}</Link>
          </>
        }
        title={
          <span className="flex flex-wrap items-center gap-x-3 gap-y-1">
            Job <span className="font-mono text-xl">{j.id.slice(0, 8)}</span>
            <JobStatusBadge status={j.status} testId="job-status" />
            {j.isTest ? <Badge tone="purple">Test</Badge> : null}
          </span>
        }
        description={j.statusReason}
        actions={
          <div className="flex flex-wrap items-start gap-2">
            {canStart && runbook.data ? <RerunJobButton job={j} runbook={runbook.data} /> : null}
            <JobActions jobId={j.id} actions={j.allowedActions} allowed={canControl} />
          </div>
        }
      />
      {j.waitingReason ? (
        <div role="status" className="mb-6 rounded-md border border-sky-200 bg-sky-50 px-4 py-3 text-sm text-sky-900">
          <span className="font-medium">Waiting: </span>
          {j.waitingReason}
        </div>
      ) : null}
      {j.exception ? (
        <div className="mb-6 rounded-md border border-red-200 bg-red-50 px-4 py-3">
          <h2 className="text-sm font-semibold text-red-900">Exception</h2>
          <pre className="mt-1 whitespace-pre-wrap break-words font-mono text-xs text-red-800" data-testid="job-exception">
            {j.exception}
          </pre>
        </div>
      ) : null}
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <ProgressBars records={stream.records} />
          <JobStreams records={stream.records} loading={stream.loading} error={stream.error} connection={stream.connection} actions={<JobLogDownloads jobId={j.id} />} />
        </div>
        <div className="space-y-6">
          <Card title="Summary">
            <dl className="divide-y divide-slate-100">
              <Row label="Runbook">
                <Link href={`/runbooks/${j.runbookId}`} className="text-indigo-700 hover:underline">
                  {j.runbookName}
                </Link>
              </Row>
              <Row label="Version">
                <span data-testid="job-version">{versionLabel(j)}</span>
                {runbook.data?.published && j.runbookVersionNumber !== null && runbook.data.published.number !== j.runbookVersionNumber ? (
                  <span className="block text-xs text-slate-500">published now: version {runbook.data.published.number}</span>
                ) : null}
              </Row>
              {j.rerunOfJobId ? (
                <Row label="Rerun of">
                  <Link href={`/jobs/${j.rerunOfJobId}`} className="font-mono text-indigo-700 hover:underline" data-testid="rerun-of">
                    Job {j.rerunOfJobId.slice(0, 8)}
                  </Link>
                </Row>
              ) : null}
              <Row label="Started by">
                <StartedBy job={j} />
              </Row>
              <Row label="Run on">{j.runOn}</Row>
              <Row label="Worker">{j.worker?.name ?? "—"}</Row>
              <Row label="Attempts">{j.attempts}</Row>
              <Row label="Created">{formatDateTime(j.createdAt)}</Row>
              <Row label="Started">{formatDateTime(j.startedAt)}</Row>
              <Row label="Ended">{formatDateTime(j.endedAt)}</Row>
              <Row label="Duration">{j.startedAt ? formatDuration(j.startedAt, j.endedAt) : "—"}</Row>
              <Row label="Exit code">
                <span data-testid="job-exit-code">{j.exitCode ?? "—"}</span>
              </Row>
            </dl>
          </Card>
          <Card title="Parameters">
            {params.length ? (
              <dl className="divide-y divide-slate-100">
                {params.map(([name, value]) => (
                  <Row key={name} label={name}>
                    {value !== null && typeof value === "object" ? (
                      <pre className="max-h-48 overflow-auto whitespace-pre-wrap break-all text-left font-mono text-xs">{JSON.stringify(value, null, 2)}</pre>
                    ) : (
                      <span className="break-all font-mono text-xs">{formatValue(value)}</span>
                    )}
                  </Row>
                ))}
              </dl>
            ) : (
              <p className="text-sm text-slate-500">None (the runbook's defaults).</p>
            )}
          </Card>
          <Card title="Timeline">
            <JobTimeline entries={j.timeline} />
          </Card>
        </div>
      </div>
    </>
  );
}
