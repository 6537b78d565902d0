"use client";

import { useState, type FormEvent } from "react";
import { GeneratedParametersForm } from "@/components/jobs/generated-parameters-form";
import { initialRawValues, parameterProblemSummary, rawValuesToParameters, serverParameterError, type RawParameterValues } from "@/components/jobs/parameter-form-values";
import { ParameterRowsEditor, rowsToParameters, type ParameterRow } from "@/components/jobs/parameters-editor";
import { RunOnField } from "@/components/jobs/run-on-field";
import { useRunbook } from "@/components/runbooks/use-runbooks";
import { ErrorMessage } from "@/components/ui/error-message";
import { FormActions } from "@/components/ui/form-actions";
import { Spinner } from "@/components/ui/spinner";
import type { ScriptParameter } from "@/lib/pwsh/parse-result";
import { linkRunbookSchema } from "@/lib/schedules/schemas";
import { useLinkRunbook } from "./use-schedules";

/** The parameter values and run-on group a schedule's jobs of one runbook get, from its published param() block. */
export function LinkRunbookForm({ scheduleId, runbookId, onDone }: { scheduleId: string; runbookId: string; onDone: () => void }) {
  const runbook = useRunbook(runbookId);
  if (runbook.isPending) return <Spinner label="Loading parameters…" />;
  if (runbook.error) return <ErrorMessage error={runbook.error} />;
  return <LinkForm scheduleId={scheduleId} runbookId={runbookId} parameters={runbook.data.published?.parameters ?? null} defaultRunOn={runbook.data.defaultRunOn} onDone={onDone} />;
}

function LinkForm({ scheduleId, runbookId, parameters, defaultRunOn, onDone }: { scheduleId: string; runbookId: string; parameters: ScriptParameter[] | null; defaultRunOn: string | null; onDone: () => void }) {
  const link = useLinkRunbook(scheduleId);
  const [raw, setRaw] = useState<RawParameterValues>(() => initialRawValues(parameters ?? []));
  const [rows, setRows] = useState<ParameterRow[]>([]);
  const [runOn, setRunOn] = useState("");
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | undefined>();

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    link.reset();
    let values: Record<string, unknown>;
    if (parameters) {
      const generated = rawValuesToParameters(parameters, raw);
      setFieldErrors(generated.errors);
      const problem = parameterProblemSummary(generated.errors);
      if (problem) return setFormError(problem);
      values = generated.values;
    } else values = rowsToParameters(rows);
    const parsed = linkRunbookSchema.safeParse({ runbookId, parameters: values, runOn: runOn.trim() || undefined });
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return setFormError(`${issue.path.join(".") || "Input"}: ${issue.message}`);
    }
    setFormError(undefined);
    link.mutate(parsed.data, { onSuccess: onDone });
  }

  // PowerShell's refusal of one parameter shows beside that field, as the browser's own checks do.
  const refused = serverParameterError(link.error, parameters);
  const errors = refused ? { ...fieldErrors, [refused.name]: refused.message } : fieldErrors;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <fieldset>
        <legend className="mb-2 text-sm font-medium text-slate-800">Parameters</legend>
        {parameters ? (
          <GeneratedParametersForm
            parameters={parameters}
            values={raw}
            errors={errors}
            onChange={(name, value) => {
              setRaw((old) => ({ ...old, [name]: value }));
              if (refused?.name === name) link.reset();
            }}
          />
        ) : (
          <ParameterRowsEditor rows={rows} onChange={setRows} />
        )}
      </fieldset>
      <RunOnField value={runOn} onChange={setRunOn} defaultRunOn={defaultRunOn} />
      {formError ? (
        <p role="alert" className="text-sm font-medium text-red-700">
          {formError}
        </p>
      ) : null}
      <ErrorMessage error={refused ? new Error(`PowerShell refused the value of ${refused.name}.`) : link.error} title="The runbook was not linked" />
      <FormActions submitLabel="Link runbook" pending={link.isPending} onCancel={onDone} />
    </form>
  );
}
