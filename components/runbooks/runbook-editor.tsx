"use client";

import Link from "next/link";
import { useCallback, useEffect, useRef, useState } from "react";
import { useCan } from "@/components/auth/principal-context";
import { LazyPowerShellEditor } from "@/components/editor/lazy-powershell-editor";
import type { PowerShellEditorHandle } from "@/components/editor/powershell-editor";
import { Button, ButtonLink } from "@/components/ui/button";
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
  const canWrite = useCan("runbook.write");
  const canTest = useCan("runbook.test");
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
    if (dirty && !(await saveNow())) return;
    try {
      const rb = await publish.mutateAsync();
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

  // Ctrl+S anywhere on the page (Monaco handles it itself while focused).
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "s") {
        e.preventDefault();
        void saveNow();
      }
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [saveNow]);

  if (runbook.isPending || draft.isPending) return <Spinner label="Loading runbook…" />;
  if (runbook.error || draft.error) return <ErrorMessage error={runbook.error ?? draft.error} title="Could not load the runbook" />;
  const rb = runbook.data;
  const unchangedSincePublish = !dirty && rb.state === "published";

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
          <span className="flex items-center gap-3">
            Edit {rb.name} <RunbookStateBadge state={rb.state} />
          </span>
        }
        actions={
          <>
            <span className="mr-2 text-sm" data-testid="save-state">
              {dirty ? (
                <span className="inline-flex items-center gap-1.5 font-medium text-amber-700">
                  <span aria-hidden="true" className="size-2 rounded-full bg-amber-500" /> Unsaved changes
                </span>
              ) : rb.draft ? (
                <span className="text-slate-500">Draft saved {formatDateTime(rb.draft.savedAt)}</span>
              ) : null}
            </span>
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
                <Button variant="primary" onClick={() => void publishNow()} pending={publish.isPending} disabled={unchangedSincePublish || save.isPending} title={unchangedSincePublish ? "The published version already has this content" : "Publish the draft as a new version"}>
                  Publish
                </Button>
              </>
            ) : null}
          </>
        }
      />
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
      <div className="space-y-3">
        <ErrorMessage error={save.error} title="The draft was not saved" />
        <ErrorMessage error={publish.error} title="The runbook was not published" />
        <ErrorMessage error={check.error} title="The syntax was not checked" />
        {parsed ? <ParseErrorList errors={parsed.errors} stale={parsed.text !== text} onSelect={(e) => editorHandle.current?.revealPosition(e.line, e.column)} /> : null}
        <div className="overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm" data-testid="runbook-editor">
          {text !== null ? <LazyPowerShellEditor key={editorKey} value={text} onChange={setText} onSave={() => void saveNow()} readOnly={!canWrite} ariaLabel={`PowerShell script of ${rb.name}`} errors={parsed?.errors} handleRef={editorHandle} assetNames={assetNames} /> : null}
        </div>
        {testing && canTest ? <TestPane runbookId={rb.id} parameters={rb.draft?.parameters ?? []} saveFirst={saveNow} /> : null}
        <p className="text-xs text-slate-500">
          Ctrl+S saves the draft. Jobs run the published version{rb.published ? ` (currently version ${rb.published.number})` : ""}; publish to make your changes live.
        </p>
      </div>
    </>
  );
}
