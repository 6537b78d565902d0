"use client";

import { useRouter } from "next/navigation";
import { useState, type ChangeEvent, type FormEvent } from "react";
import { Button, ButtonLink } from "@/components/ui/button";
import { ErrorMessage } from "@/components/ui/error-message";
import { Field, Input, Textarea } from "@/components/ui/field";
import { fieldErrors, serverFieldError } from "@/components/ui/field-errors";
import { runbookNameFromFileName } from "@/lib/runbooks/name-from-file-name";
import { createRunbookSchema } from "@/lib/runbooks/schemas";
import { splitTags } from "./create-runbook-form";
import { useCreateRunbook } from "./use-runbooks";

const labels = { name: "Name", description: "Description", tags: "Tags", content: "Script" };

/** Creates a runbook from an existing script, uploaded as a .ps1 file or pasted; it starts as a draft. */
export function ImportRunbookForm() {
  const router = useRouter();
  const create = useCreateRunbook();
  const [name, setName] = useState("");
  const [content, setContent] = useState("");
  const [fileError, setFileError] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});

  async function onFile(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    setFileError(null);
    if (!file) return;
    if (!/\.ps1$/i.test(file.name)) {
      setFileError(`${file.name} is not a .ps1 file`);
      return;
    }
    setContent(await file.text());
    // The file's name is only a suggestion: a name already typed wins.
    setName((current) => current || runbookNameFromFileName(file.name));
  }

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const parsed = createRunbookSchema.safeParse({
      name,
      description: String(form.get("description") ?? ""),
      tags: splitTags(String(form.get("tags") ?? "")),
      content,
    });
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error, labels));
      return;
    }
    if (!parsed.data.content.trim()) {
      setErrors({ content: "Script is empty: choose a .ps1 file or paste the script" });
      return;
    }
    setErrors({});
    create.mutate(parsed.data, {
      onSuccess: (runbook) => router.push(`/runbooks/${runbook.id}/edit`),
      onError: (err) => {
        const f = serverFieldError(err);
        if (f) setErrors({ [f.field]: f.message });
      },
    });
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
      <Field label="Name" error={errors.name} hint="Taken from the file name when you choose a file. Letters, digits, '-' and '_'; starts with a letter.">
        {(p) => <Input {...p} name="name" value={name} onChange={(e) => {
              setName(e.target.value);
              setErrors(({ name: _stale, ...rest }) => rest);
            }} maxLength={63} autoComplete="off" spellCheck={false} />}
      </Field>
      <Field label="Description" error={errors.description}>
        {(p) => <Textarea {...p} name="description" rows={2} maxLength={512} />}
      </Field>
      <Field label="Tags" error={errors.tags} hint="Comma-separated.">
        {(p) => <Input {...p} name="tags" autoComplete="off" placeholder="e.g. network, nightly" />}
      </Field>
      <div className="flex items-center gap-3">
        <Button type="submit" variant="primary" pending={create.isPending}>
          Import and edit
        </Button>
        <ButtonLink href="/runbooks" variant="ghost">
          Cancel
        </ButtonLink>
      </div>
    </form>
  );
}
