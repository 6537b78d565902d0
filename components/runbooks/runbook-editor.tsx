"use client";

import Link from "next/link";
import { useCallback, useEffect, useRef, useState } from "react";
import { useCanOn } from "@/components/auth/principal-context";
import { useRunbookDebugger } from "@/components/debugger/use-runbook-debugger";
import { LazyPowerShellEditor } from "@/components/editor/lazy-powershell-editor";
import type { PowerShellEditorHandle } from "@/components/editor/powershell-editor";
import { Badge } from "@/components/ui/badge";
import { Button, ButtonLink } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { ErrorMessage } from "@/components/ui/error-message";
import { formatDateTime } from "@/components/ui/format";
import { PageHeader } from "@/components/ui/page-header";
import { Spinner } from "@/components/ui/spinner";
import type { ScriptParseError } from "@/lib/pwsh/parse-result";
import { DiscardDraftButton } from "./discard-draft-button";
import { ParseErrorList } from "./parse-error-list";
import { RunbookStateBadge } from "./runbook-state-badge";
import { TestPane } from "./test-pane";
import { useAssetNames } from "./use-asset-names";
import { useCheckScript, usePublishRunbook, useRunbook, useRunbookContent, useSaveDraft } from "./use-runbooks";
import { useUnsavedChangesWarning } from "./use-unsaved-changes-warning";

export function RunbookEditor({ runbookId }: { runbookId: string }) {
  const runbook = useRunbook(runbookId);
  const draft = useRunbookContent(runbookId, "draft");
  const save = useSaveDraft(runbookId);
  const publish = usePublishRunbook(runbookId);
  const check = useCheckScript(runbookId);
  const canWrite = useCanOn("runbook.write", runbook.data?.tags);
  const canTest = useCanOn("runbook.test", runbook.data?.tags);
  const canStopTest = useCanOn("job.control", runbook.data?.tags);
  // Debugging is testing with pauses: whoever may test the draft may debug it.
  const debugging = useRunbookDebugger(runbookId, canTest);
  const [confirmingPublish, setConfirmingPublish] = useState(false);
  const assetNames = useAssetNames();
  const [testing, setTesting] = useState(false);
  const editorHandle = useRef<PowerShellEditorHandle | null>(null);
  // PowerShell's verdict on a text (after a save or "Check syntax"), kept with the text it judged.
  const [parsed, setParsed] = useState<{ text: string; errors: ScriptParseError[] } | null>(null);

  // The editor's text, and the text the server last confirmed; they differ while there are unsaved edits.
  const [text, setTextState] = useState<string | null>(null);
  // The same text, updated synchronously on every keystroke: a Ctrl+S pressed right after typing
  // reaches Monaco's command before React re-renders, and must still save what was typed.
  const latestText = useRef<string | null>(null);
  const setText = useCallback((value: string) => {
    latestText.current = value;
    setTextState(value);
  }, []);
  const [savedText, setSavedText] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  // Bumped when the text is replaced from outside the editor (a discard), which remounts Monaco with it.
  const [editorKey, setEditorKey] = useState(0);
  // The loaded draft seeds both texts once, during render, so the editor never shows an empty first frame.
  if (draft.data && savedText === null) {
    setTextState(draft.data.content);
    setSavedText(draft.data.content);
  }

  const dirty = text !== null && text !== savedText;
  useUnsavedChangesWarning(dirty);

  const saveNow = useCallback(async (): Promise<boolean> => {
    const sent = latestText.current ?? text;
    if (sent === null || save.isPending) return false;
    if (sent === savedText) return true;
    publish.reset();
    try {
      const draft = await save.mutateAsync(sent);
      setSavedText(sent);
      setParsed({ text: sent, errors: draft.errors });
      setAnnouncement("Draft saved");
      return true;
    } catch {
      setAnnouncement("");
      return false;
    }
  }, [savedText, text, save, publish]);

  const publishNow = useCallback(async () => {
    if (dirty && !(await saveNow())) return setConfirmingPublish(false);
    try {
      const rb = await publish.mutateAsync();
      setConfirmingPublish(false);
      setAnnouncement(`Published version ${rb.published?.number ?? ""}`.trim());
    } catch {
      setAnnouncement("");
    }
  }, [dirty, saveNow, publish]);

  const checkNow = useCallback(async () => {
    const sent = latestText.current ?? text;
    if (sent === null) return;
    try {
      const result = await check.mutateAsync(sent);
      setParsed({ text: sent, errors: result.errors });
      setAnnouncement(result.errors.length ? `${result.errors.length} syntax error(s)` : "No syntax errors");
    } catch {
      setAnnouncement("");
    }
  }, [check, text]);

  // Ctrl+S anywhere on the page (Monaco handles it itself while focused), for those who may save.
  useEffect(() => {
    if (!canWrite) return;
    const onKeyDown = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "s") {
        e.preventDefault();
        void saveNow();
      }
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [saveNow, canWrite]);

  if (runbook.isPending || draft.isPending) return <Spinner label="Loading runbook…" />;
  if (runbook.error || draft.error) return <ErrorMessage error={runbook.error ?? draft.error} title="Could not load the runbook" />;
  const rb = runbook.data;
  const unchangedSincePublish = !dirty && rb.state === "published";
  const sideBySide = testing && canTest;

  return (
    <>
      <PageHeader
        eyebrow={
          <>
            <Link href="/runbooks" className="hover:underline">Runbooks</Link> /{" "}
            <Link href={`/runbooks/${rb.id}`} className="hover:underline">{rb.name}</Link>
          </>
        }
        title={
          <span className="flex flex-wrap items-center gap-x-3 gap-y-1">
            {canWrite ? `Edit ${rb.name}` : rb.name} <RunbookStateBadge state={rb.state} />
            {canWrite ? null : <Badge tone="gray">Read-only</Badge>}
          </span>
        }
        description={canWrite ? undefined : "You may read this runbook's draft but not change it: none of your roles grants runbook.write on its tags."}
        actions={
          <>
            {canWrite ? (
              <span className="mr-2 text-sm" data-testid="save-state">
                {dirty ? (
                  <span className="inline-flex items-center gap-1.5 font-medium text-amber-700">
                    <span aria-hidden="true" className="size-2 rounded-full bg-amber-500" /> Unsaved changes
                  </span>
                ) : rb.draft ? (
                  <span className="text-slate-500">Draft saved {formatDateTime(rb.draft.savedAt)}</span>
                ) : null}
              </span>
            ) : null}
            <ButtonLink href={`/runbooks/${rb.id}`} variant="ghost">
              Close
            </ButtonLink>
            {canTest ? (
              <Button aria-pressed={testing} onClick={() => setTesting((t) => !t)} title="Run the draft as a test job">
                {testing ? "Hide test pane" : "Test"}
              </Button>
            ) : null}
            {canWrite ? (
              <>
                {rb.published ? (
                  <DiscardDraftButton
                    runbookId={rb.id}
                    publishedNumber={rb.published.number}
                    disabled={unchangedSincePublish || save.isPending}
                    onDiscarded={(draft) => {
                      setText(draft.content);
                      setSavedText(draft.content);
                      setEditorKey((k) => k + 1);
                      setParsed(null);
                      setAnnouncement(`Draft reset to version ${rb.published?.number ?? ""}`.trim());
                    }}
                  />
                ) : null}
                <Button onClick={() => void checkNow()} pending={check.isPending} title="Parse the script with PowerShell without saving">
                  Check syntax
                </Button>
                <Button onClick={() => void saveNow()} pending={save.isPending} disabled={!dirty} title="Save draft (Ctrl+S)">
                  Save draft
                </Button>
                <Button
                  variant="primary"
                  onClick={() => {
                    publish.reset();
                    setConfirmingPublish(true);
                  }}
                  disabled={unchangedSincePublish || save.isPending}
                  title={unchangedSincePublish ? "The published version already has this content" : "Publish the draft as a new version"}
                >
                  Publish
                </Button>
              </>
            ) : null}
          </>
        }
      />
      <ConfirmDialog
        open={confirmingPublish}
        title={`Publish ${rb.name}?`}
        description={
          rb.published
            ? `Publishing replaces version ${rb.published.number} with the current draft as version ${rb.published.number + 1}: every job started from now on (by people, schedules and webhooks) runs it. Running jobs keep their version.`
            : "Publishing makes the current draft version 1: the runbook can then be started, scheduled and called by webhooks."
        }
        confirmLabel={rb.published ? `Publish version ${rb.published.number + 1}` : "Publish version 1"}
        tone="primary"
        pending={publish.isPending || save.isPending}
        error={publish.error ?? save.error}
        errorTitle="The runbook was not published"
        onConfirm={() => void publishNow()}
        onCancel={() => setConfirmingPublish(false)}
      >
        {dirty ? <p className="mb-4 text-sm text-slate-700">Your unsaved edits are saved first.</p> : null}
      </ConfirmDialog>
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
      <div className="space-y-3">
        <ErrorMessage error={save.error} title="The draft was not saved" />
        <ErrorMessage error={confirmingPublish ? null : publish.error} title="The runbook was not published" />
        <ErrorMessage error={check.error} title="The syntax was not checked" />
        <ErrorMessage error={debugging.loadError} title="Your breakpoints were not loaded" />
        <ErrorMessage error={debugging.saveError} title="Your breakpoints were not saved" />
        {parsed ? <ParseErrorList errors={parsed.errors} stale={parsed.text !== text} onSelect={(e) => editorHandle.current?.revealPosition(e.line, e.column)} /> : null}
        {/* On a wide screen the test pane sits beside the editor, as in Azure, so the header's Save and Publish stay in view. */}
        <div className={cn("gap-4", sideBySide ? "grid grid-cols-1 xl:grid-cols-2" : "")}>
          <div className="min-w-0 space-y-3">
            <div className="overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm" data-testid="runbook-editor">
              {text !== null ? <LazyPowerShellEditor key={editorKey} value={text} onChange={setText} onSave={canWrite ? () => void saveNow() : undefined} readOnly={!canWrite} ariaLabel={`PowerShell script of ${rb.name}${canWrite ? "" : " (read-only)"}`} errors={parsed?.errors} handleRef={editorHandle} assetNames={assetNames} debug={debugging.editor} /> : null}
            </div>
            <p className="text-xs text-slate-500">
              {canWrite ? "Ctrl+S saves the draft. " : ""}Jobs run the published version{rb.published ? ` (currently version ${rb.published.number})` : ""}
              {canWrite ? "; publish to make your changes live." : "."}
            </p>
          </div>
          {sideBySide ? <TestPane runbookId={rb.id} parameters={rb.draft?.parameters ?? []} saveFirst={canWrite ? saveNow : async () => true} canStop={canStopTest} debugging={debugging.testPane} /> : null}
        </div>
      </div>
    </>
  );
}
