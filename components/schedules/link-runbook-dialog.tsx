"use client";

import { useState, type FormEvent } from "react";
import { GeneratedParametersForm } from "@/components/jobs/generated-parameters-form";
import { initialRawValues, parameterProblemSummary, rawValuesToParameters, serverParameterError, type RawParameterValues } from "@/components/jobs/parameter-form-values";
import { RunOnField } from "@/components/jobs/run-on-field";
import { ParameterRowsEditor, rowsToParameters, type ParameterRow } from "@/components/jobs/parameters-editor";
import { useRunbook, useRunbooks } from "@/components/runbooks/use-runbooks";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { ErrorMessage } from "@/components/ui/error-message";
import { FormActions } from "@/components/ui/form-actions";
import { Field } from "@/components/ui/field";
import { Spinner } from "@/components/ui/spinner";
import type { ScriptParameter } from "@/lib/pwsh/parse-result";
import { linkRunbookSchema } from "@/lib/schedules/schemas";
import { useLinkRunbook } from "./use-schedules";

const selectClass = "block w-full rounded-md border-0 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300";

/** Pick a published runbook and the parameter values its scheduled jobs get. */
export function LinkRunbookDialog({ scheduleId, linkedIds, open, onClose }: { scheduleId: string; linkedIds: string[]; open: boolean; onClose: () => void }) {
  const runbooks = useRunbooks({}, { enabled: open });
  const [runbookId, setRunbookId] = useState("");
  const choices = (runbooks.data?.items ?? []).filter((r) => r.publishedVersion !== null && !linkedIds.includes(r.id));
  return (
    <Dialog open={open} onClose={onClose} title="Link a runbook" description="Each occurrence starts a job of the runbook's published version with these values.">
      {runbooks.isPending ? (
        <Spinner label="Loading runbooks…" />
      ) : (
        <div className="space-y-4">
          <Field label="Runbook" hint={choices.length ? "Published runbooks not linked yet." : "No published runbook is left to link."}>
            {(p) => (
              <select {...p} className={selectClass} value={runbookId} onChange={(e) => setRunbookId(e.target.value)}>
                <option value="">Choose a runbook…</option>
                {choices.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {runbookId ? <LinkParameters key={runbookId} scheduleId={scheduleId} runbookId={runbookId} onDone={onClose} /> : <CancelOnly onClose={onClose} />}
        </div>
      )}
    </Dialog>
  );
}

function CancelOnly({ onClose }: { onClose: () => void }) {
  return (
    <div className="flex justify-end">
      <Button variant="ghost" onClick={onClose}>
        Cancel
      </Button>
    </div>
  );
}

function LinkParameters({ scheduleId, runbookId, onDone }: { scheduleId: string; runbookId: string; onDone: () => void }) {
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
