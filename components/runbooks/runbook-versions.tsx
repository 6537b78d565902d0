"use client";

import Link from "next/link";
import { useState } from "react";
import { useCanOn } from "@/components/auth/principal-context";
import { LazyPowerShellDiffEditor } from "@/components/editor/lazy-powershell-diff-editor";
import { Badge } from "@/components/ui/badge";
import { Button, ButtonLink } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { ErrorMessage } from "@/components/ui/error-message";
import { formatDateTime } from "@/components/ui/format";
import { PageHeader } from "@/components/ui/page-header";
import { Spinner } from "@/components/ui/spinner";
import type { RunbookVersionView } from "@/lib/runbooks/runbook-views";
import { useRestoreVersion, useRunbookVersions, useVersionContent } from "./use-runbook-versions";
import { useRunbook, useRunbookContent } from "./use-runbooks";

function versionLabel(v: RunbookVersionView): string {
  return v.kind === "draft" ? "Draft" : `Version ${v.number}`;
}

export function RunbookVersions({ runbookId }: { runbookId: string }) {
  const runbook = useRunbook(runbookId);
  const versions = useRunbookVersions(runbookId);
  const draft = useRunbookContent(runbookId, "draft");
  const restore = useRestoreVersion(runbookId);
  const canWrite = useCanOn("runbook.write", runbook.data?.tags);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [confirming, setConfirming] = useState(false);

  const published = versions.data?.items.filter((v) => v.kind === "published") ?? [];
  const chosen = published.find((v) => v.id === chosenId) ?? published[0] ?? null;
  const chosenContent = useVersionContent(runbookId, chosen?.id ?? null);

  const loadError = runbook.error ?? versions.error ?? draft.error;
  if (loadError) return <ErrorMessage error={loadError} title="Could not load the versions" />;
  if (!runbook.data || !versions.data || !draft.data) return <Spinner label="Loading versions…" />;
  const rb = runbook.data;
  const draftContent = draft.data;
  const draftRow = versions.data.items.find((v) => v.kind === "draft");
  const sameAsDraft = chosen !== null && chosen.contentHash === draftContent.contentHash;
  // Work only the draft holds (no published version has its content) is lost by a restore: ask first.
  const draftIsOnlyCopy = !published.some((v) => v.contentHash === draftContent.contentHash);

  async function restoreChosen() {
    if (!chosen) return;
    try {
      await restore.mutateAsync(chosen.id);
      setConfirming(false);
      setAnnouncement(`${versionLabel(chosen)} restored into the draft`);
    } catch {
      setAnnouncement("");
    }
  }

  return (
    <>
      <PageHeader
        eyebrow={
          <>
            <Link href="/runbooks" className="hover:underline">Runbooks</Link> /{" "}
            <Link href={`/runbooks/${rb.id}`} className="hover:underline">{rb.name}</Link>
          </>
        }
        title={`Versions of ${rb.name}`}
        actions={canWrite ? <ButtonLink href={`/runbooks/${rb.id}/edit`}>Edit draft</ButtonLink> : null}
      />
      <p role="status" aria-live="polite" className="mb-3 text-sm font-medium text-emerald-700" data-testid="restore-status">
        {announcement}
      </p>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[18rem_minmax(0,1fr)]">
        <nav aria-label="Versions" className="rounded-lg border border-slate-200 bg-white shadow-sm">
          <ul className="divide-y divide-slate-100">
            {draftRow ? (
              <li className="px-4 py-3 text-sm">
                <span className="font-medium text-slate-900">Draft</span> <Badge tone="amber">editable</Badge>
                <p className="text-xs text-slate-500">
                  Saved {formatDateTime(draftRow.createdAt)} by {draftRow.createdBy ?? "unknown"}
                </p>
              </li>
            ) : null}
            {published.map((v) => (
              <li key={v.id}>
                <button
                  type="button"
                  aria-current={v.id === chosen?.id ? "true" : undefined}
                  onClick={() => setChosenId(v.id)}
                  className={`w-full px-4 py-3 text-left text-sm hover:bg-slate-50 ${v.id === chosen?.id ? "bg-indigo-50" : ""}`}
                >
                  <span className="font-medium text-slate-900">{versionLabel(v)}</span> {v.isCurrent ? <Badge tone="green">published</Badge> : null}
                  <span className="block text-xs text-slate-600">
                    {formatDateTime(v.publishedAt ?? v.createdAt)} by {v.publishedBy ?? v.createdBy ?? "unknown"}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          {published.length === 0 ? <p className="px-4 py-3 text-sm text-slate-500">Not published yet: there is no version to compare with.</p> : null}
        </nav>
        {chosen ? (
          <section aria-label={`${versionLabel(chosen)} compared with the draft`} className="min-w-0 space-y-3">
            <div className="flex flex-wrap items-center justify-between gap-3">
              <p className="text-sm text-slate-600">
                {sameAsDraft ? `${versionLabel(chosen)} is identical to the draft.` : `Changes from ${versionLabel(chosen)} (left) to the draft (right).`}
              </p>
              {canWrite ? (
                <Button
                  variant="primary"
                  onClick={() => {
                    restore.reset();
                    if (draftIsOnlyCopy) setConfirming(true);
                    else void restoreChosen();
                  }}
                  pending={restore.isPending && !confirming}
                  disabled={sameAsDraft}
                  title={sameAsDraft ? "The draft already has this content" : "Replace the draft's script with this version's"}
                >
                  Restore {versionLabel(chosen)} into draft
                </Button>
              ) : null}
            </div>
            <ErrorMessage error={confirming ? null : restore.error} title="The version was not restored" />
            <ConfirmDialog
              open={confirming}
              title={`Restore ${versionLabel(chosen)} into the draft?`}
              description={`The draft${draftRow ? `, saved ${formatDateTime(draftRow.createdAt)} by ${draftRow.createdBy ?? "unknown"},` : ""} has changes no published version holds; they are replaced by ${versionLabel(chosen)}'s script and cannot be brought back. Nothing is published.`}
              confirmLabel={`Restore ${versionLabel(chosen)}`}
              pending={restore.isPending}
              error={restore.error}
              errorTitle="The version was not restored"
              onConfirm={() => void restoreChosen()}
              onCancel={() => setConfirming(false)}
            />
            <ErrorMessage error={chosenContent.error} title="Could not load the version" />
            <div className="overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm" data-testid="version-diff">
              {chosenContent.data ? (
                <LazyPowerShellDiffEditor original={chosenContent.data.content} modified={draftContent.content} originalLabel={`Version ${chosenContent.data.number}`} modifiedLabel="Draft" />
              ) : (
                <Spinner label="Loading version…" />
              )}
            </div>
          </section>
        ) : null}
      </div>
    </>
  );
}
