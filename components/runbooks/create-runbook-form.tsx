"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { ApiError } from "@/components/api/fetch-json";
import { Button, ButtonLink } from "@/components/ui/button";
import { ErrorMessage } from "@/components/ui/error-message";
import { Field, Input, Textarea } from "@/components/ui/field";
import { createRunbookSchema } from "@/lib/runbooks/schemas";
import { useCreateRunbook } from "./use-runbooks";

type FieldErrors = Partial<Record<"name" | "description" | "tags", string>>;

const starterScript = `param(
    [string]$Name = 'World'
)

Write-Output "Hello, $Name!"
`;

export function splitTags(text: string): string[] {
  return text
    .split(",")
    .map((t) => t.trim())
    .filter(Boolean);
}

export function CreateRunbookForm() {
  const router = useRouter();
  const create = useCreateRunbook();
  const [errors, setErrors] = useState<FieldErrors>({});

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const parsed = createRunbookSchema.safeParse({
      name: String(form.get("name") ?? ""),
      description: String(form.get("description") ?? ""),
      tags: splitTags(String(form.get("tags") ?? "")),
      content: starterScript,
    });
    if (!parsed.success) {
      const next: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path[0] as keyof FieldErrors;
        next[key] ??= issue.path.length > 1 ? `Tag ${Number(issue.path[1]) + 1} ${issue.message}` : `${key[0]!.toUpperCase()}${key.slice(1)} ${issue.message}`;
      }
      setErrors(next);
      return;
    }
    setErrors({});
    create.mutate(parsed.data, {
      onSuccess: (runbook) => router.push(`/runbooks/${runbook.id}/edit`),
      onError: (err) => {
        if (err instanceof ApiError && err.field) setErrors({ [err.field.split(".")[0] as keyof FieldErrors]: err.message });
      },
    });
  }

  const serverError = create.error instanceof ApiError && create.error.field ? null : create.error;
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-xl space-y-5 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <ErrorMessage error={serverError} title="The runbook was not created" />
      <Field label="Name" error={errors.name} hint="Letters, digits, '-' and '_'; starts with a letter; up to 63 characters. Verb-Noun names read best, e.g. Restart-AppPool.">
        {(p) => <Input {...p} name="name" required maxLength={63} autoComplete="off" autoFocus spellCheck={false} />}
      </Field>
      <Field label="Description" error={errors.description}>
        {(p) => <Textarea {...p} name="description" rows={3} maxLength={512} />}
      </Field>
      <Field label="Tags" error={errors.tags} hint="Comma-separated. Tags group runbooks and scope who may see and run them.">
        {(p) => <Input {...p} name="tags" autoComplete="off" placeholder="e.g. network, nightly" />}
      </Field>
      <div className="flex items-center gap-3">
        <Button type="submit" variant="primary" pending={create.isPending}>
          Create and edit
        </Button>
        <ButtonLink href="/runbooks" variant="ghost">
          Cancel
        </ButtonLink>
      </div>
    </form>
  );
}
