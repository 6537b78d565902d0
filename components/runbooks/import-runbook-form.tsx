"use client";

import { useState, type ChangeEvent } from "react";
import { ErrorMessage } from "@/components/ui/error-message";
import { Field, Textarea } from "@/components/ui/field";
import { serverFieldError } from "@/components/ui/field-errors";
import { runbookNameFromFileName } from "@/lib/runbooks/name-from-file-name";
import { importRunbookSchema } from "@/lib/runbooks/schemas";
import { NewRunbookActions, NewRunbookFields } from "./new-runbook-fields";
import { useNewRunbookForm } from "./use-new-runbook-form";

/** Creates a runbook from an existing script, uploaded as a .ps1 file or pasted; it starts as a draft. */
export function ImportRunbookForm() {
  const [name, setName] = useState("");
  const [content, setContent] = useState("");
  const [fileError, setFileError] = useState<string | null>(null);
  const { errors, onSubmit, clearError, create } = useNewRunbookForm(importRunbookSchema, content);

  async function onFile(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    setFileError(null);
    if (!file) return;
    if (!/\.ps1$/i.test(file.name)) {
      setFileError(`${file.name} is not a .ps1 file`);
      return;
    }
    setContent(await file.text());
    clearError("content");
    // The file's name is only a suggestion: a name already typed wins.
    setName((current) => current || runbookNameFromFileName(file.name));
    clearError("name");
  }

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-3xl space-y-5 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <ErrorMessage error={serverFieldError(create.error) ? null : create.error} title="The runbook was not imported" />
      <Field label=".ps1 file" error={fileError ?? undefined} hint="Or paste the script below.">
        {(p) => <input {...p} type="file" accept=".ps1" onChange={(e) => void onFile(e)} className="block text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:text-sm file:font-medium hover:file:bg-slate-200" />}
      </Field>
      <Field label="Script" error={errors.content}>
        {(p) => <Textarea {...p} name="content" rows={14} value={content} onChange={(e) => setContent(e.target.value)} spellCheck={false} className="font-mono text-xs" placeholder="param([string]$Name)&#10;Write-Output &quot;Hello, $Name&quot;" />}
      </Field>
      <NewRunbookFields errors={errors} nameHint="Taken from the file name when you choose a file." nameInput={{
          value: name,
          onChange: (e) => {
            setName(e.target.value);
            clearError("name");
          },
        }} />
      <NewRunbookActions submitLabel="Import and edit" pending={create.isPending} />
    </form>
  );
}
