"use client";

import { useState } from "react";
import { useCanOn } from "@/components/auth/principal-context";
import { JobTable } from "@/components/jobs/job-table";
import { StartJobDialog } from "@/components/jobs/start-job-dialog";
import { useJobs } from "@/components/jobs/use-jobs";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ErrorMessage } from "@/components/ui/error-message";
import { formatDateTime } from "@/components/ui/format";
import { PageHeader } from "@/components/ui/page-header";
import { Spinner } from "@/components/ui/spinner";
import { WebhooksCard } from "@/components/webhooks/webhooks-card";
import Link from "next/link";
import { RunbookSchedulesCard } from "@/components/schedules/runbook-schedules-card";
import { DeleteRunbookButton } from "./delete-runbook-button";
import { ExportRunbookButton } from "./export-runbook-button";
import { RunbookPropertiesForm } from "./runbook-properties-form";
import { RunbookParametersCard } from "./runbook-parameters-card";
import { RunbookStateBadge } from "./runbook-state-badge";
import { RunbookTags } from "./runbook-tags";
import { useRunbook } from "./use-runbooks";

function Detail({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="py-2 sm:grid sm:grid-cols-3 sm:gap-4">
      <dt className="text-sm font-medium text-slate-500">{label}</dt>
      <dd className="mt-1 text-sm text-slate-900 sm:col-span-2 sm:mt-0">{children}</dd>
    </div>
  );
}

export function RunbookOverview({ runbookId }: { runbookId: string }) {
  const runbook = useRunbook(runbookId);
  const jobs = useJobs({ runbookId });
  const tags = runbook.data?.tags;
  const canWrite = useCanOn("runbook.write", tags);
  const canStart = useCanOn("job.start", tags);
  const canReadWebhooks = useCanOn("webhook.read", tags);
  const canWriteWebhooks = useCanOn("webhook.write", tags);
  const [starting, setStarting] = useState(false);

  if (runbook.isPending) return <Spinner label="Loading runbook…" />;
  if (runbook.error) return <ErrorMessage error={runbook.error} title="Could not load the runbook" />;
  const rb = runbook.data;
  const recentJobs = jobs.data?.pages[0]?.items.slice(0, 10) ?? [];

  return (
    <>
      <PageHeader
        eyebrow={<Link href="/runbooks" className="hover:underline">Runbooks</Link>}
        title={
          <span className="flex items-center gap-3">
            {rb.name} <RunbookStateBadge state={rb.state} />
          </span>
        }
        description={rb.description || <span className="italic text-slate-500">No description</span>}
        actions={
          <>
            {rb.published ? <ExportRunbookButton runbookId={rb.id} runbookName={rb.name} version="published" /> : null}
            {rb.draft ? <ExportRunbookButton runbookId={rb.id} runbookName={rb.name} version="draft" /> : null}
            <ButtonLink href={`/runbooks/${rb.id}/versions`} variant="ghost">
              Versions
            </ButtonLink>
            {canWrite ? <ButtonLink href={`/runbooks/${rb.id}/edit`}>Edit</ButtonLink> : rb.draft ? <ButtonLink href={`/runbooks/${rb.id}/edit`}>View script</ButtonLink> : null}
            {canStart ? (
              <Button variant="primary" onClick={() => setStarting(true)} disabled={!rb.published} title={rb.published ? undefined : "Publish the runbook before starting it"}>
                Start
              </Button>
            ) : null}
          </>
        }
      />
      {canStart && starting ? (
        <StartJobDialog runbookId={rb.id} runbookName={rb.name} defaultRunOn={rb.defaultRunOn} parameters={rb.published?.parameters ?? null} publishedNumber={rb.published?.number ?? null} open onClose={() => setStarting(false)} />
      ) : null}
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <Card title="Details" className="lg:col-span-2">
          <dl className="divide-y divide-slate-100">
            <Detail label="Tags">
              {rb.tags.length ? (
                <RunbookTags tags={rb.tags} />
              ) : (
                <span className="text-slate-500">None</span>
              )}
            </Detail>
            <Detail label="Published">
              {rb.published ? `Version ${rb.published.number}, ${formatDateTime(rb.published.publishedAt)} by ${rb.published.publishedBy ?? "unknown"}` : "Not published yet"}
            </Detail>
            <Detail label="Draft">{rb.draft ? `Saved ${formatDateTime(rb.draft.savedAt)} by ${rb.draft.savedBy ?? "unknown"}` : "No draft"}</Detail>
            <Detail label="Type">{rb.runbookType}</Detail>
            <Detail label="Created">
              {formatDateTime(rb.createdAt)} by {rb.createdBy ?? "unknown"}
            </Detail>
          </dl>
        </Card>
        <Card title="Settings">
          <dl className="divide-y divide-slate-100">
            <Detail label="Logging">{[rb.logVerbose && "Verbose", rb.logProgress && "Progress", rb.logDebug && "Debug"].filter(Boolean).join(", ") || "Output, errors and warnings only"}</Detail>
            <Detail label="Run on">{rb.defaultRunOn ?? "default"}</Detail>
            <Detail label="Concurrency">{rb.concurrencyLimit ?? "Unlimited"}</Detail>
            <Detail label="Timeout">{rb.timeoutSeconds ? `${rb.timeoutSeconds} s` : "Default"}</Detail>
          </dl>
          {canWrite ? (
            <div className="mt-4 border-t border-slate-100 pt-4">
              <DeleteRunbookButton runbookId={rb.id} runbookName={rb.name} />
            </div>
          ) : null}
        </Card>
      </div>
      {canWrite ? <RunbookPropertiesForm runbook={rb} /> : null}
      {rb.published ? <RunbookParametersCard parameters={rb.published.parameters} version={rb.published.number} /> : null}
      {canReadWebhooks ? <WebhooksCard runbookId={rb.id} runbookName={rb.name} published={rb.published} canWrite={canWriteWebhooks} defaultRunOn={rb.defaultRunOn} /> : null}
      <RunbookSchedulesCard runbook={rb} />
      <section className="mt-8" aria-labelledby="recent-jobs">
        <div className="mb-3 flex items-center justify-between">
          <h2 id="recent-jobs" className="text-base font-semibold">
            Recent jobs
          </h2>
          <Link href={`/jobs?runbookId=${rb.id}`} className="text-sm text-indigo-700 hover:underline">
            All jobs of this runbook
          </Link>
        </div>
        <ErrorMessage error={jobs.error} title="Could not load jobs" />
        {jobs.error ? null : jobs.isPending ? <Spinner label="Loading jobs…" /> : recentJobs.length ? <JobTable jobs={recentJobs} showRunbook={false} /> : <p className="text-sm text-slate-500">This runbook has not run yet.</p>}
      </section>
    </>
  );
}
