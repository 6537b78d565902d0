"use client";

import { ErrorMessage } from "@/components/ui/error-message";
import { serverFieldError } from "@/components/ui/field-errors";
import { createRunbookSchema } from "@/lib/runbooks/schemas";
import { NewRunbookActions, NewRunbookFields } from "./new-runbook-fields";
import { useNewRunbookForm } from "./use-new-runbook-form";

const starterScript = `param(
    [string]$Name = 'World'
)

Write-Output "Hello, $Name!"
`;

/** Creates a runbook with a starter script and opens it in the editor. */
export function CreateRunbookForm() {
  const { errors, onSubmit, create } = useNewRunbookForm(createRunbookSchema, starterScript);
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-xl space-y-5 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <ErrorMessage error={serverFieldError(create.error) ? null : create.error} title="The runbook was not created" />
      <NewRunbookFields errors={errors} nameHint="Verb-Noun names read best, e.g. Restart-AppPool." nameInput={{ autoFocus: true }} />
      <NewRunbookActions submitLabel="Create and edit" pending={create.isPending} />
    </form>
  );
}
