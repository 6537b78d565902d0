"use client";

import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { Dialog } from "@/components/ui/dialog";
import { ErrorMessage } from "@/components/ui/error-message";
import { FormActions } from "@/components/ui/form-actions";
import { startJobSchema } from "@/lib/jobs/start-job-schema";
import type { ScriptParameter } from "@/lib/pwsh/parse-result";
import { GeneratedParametersForm } from "./generated-parameters-form";
import { initialRawValues, parameterProblemSummary, parametersToRawValues, rawValuesToParameters, serverParameterError, type RawParameterValues } from "./parameter-form-values";
import { newParameterRow, ParameterRowsEditor, ParametersJsonEditor, parseParametersJson, rowsToParameters, type ParameterRow } from "./parameters-editor";
import { RunOnField } from "./run-on-field";
import { useStartJob } from "./use-jobs";

interface StartJobDialogProps {
  runbookId: string;
  runbookName: string;
  defaultRunOn: string | null;
  /** The published version's param() block; null when it was never parsed (free name/value rows then). */
  parameters: ScriptParameter[] | null;
  open: boolean;
  onClose: () => void;
}

export function StartJobDialog({ runbookId, runbookName, defaultRunOn, parameters, open, onClose }: StartJobDialogProps) {
  const router = useRouter();
  const start = useStartJob(runbookId);
  const jsonId = useId();
  const [mode, setMode] = useState<"fields" | "json">("fields");
  const [rows, setRows] = useState<ParameterRow[]>([]);
  const [raw, setRaw] = useState<RawParameterValues>(() => initialRawValues(parameters ?? []));
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [json, setJson] = useState("");
  const [runOn, setRunOn] = useState("");
  const [formError, setFormError] = useState<string | undefined>();

  function switchMode(next: "fields" | "json") {
    if (next === mode) return;
    if (next === "json") {
      const params = parameters ? rawValuesToParameters(parameters, raw).values : rowsToParameters(rows);
      setJson(Object.keys(params).length ? JSON.stringify(params, null, 2) : "");
    } else {
      const parsed = parseParametersJson(json);
      if (parsed.error) return setFormError(parsed.error);
      if (parameters) {
        const back = parametersToRawValues(parameters, parsed.value ?? {});
        if (back.unknown.length) return setFormError(`Not a parameter of ${runbookName}: ${back.unknown.join(", ")}`);
        setRaw(back.raw);
      } else {
        setRows(Object.entries(parsed.value ?? {}).map(([k, v]) => newParameterRow(k, typeof v === "string" ? v : JSON.stringify(v))));
      }
    }
    setFieldErrors({});
    setFormError(undefined);
    setMode(next);
  }

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    let params: { value?: Record<string, unknown>; error?: string };
    if (mode === "json") params = parseParametersJson(json);
    else if (parameters) {
      const generated = rawValuesToParameters(parameters, raw);
      setFieldErrors(generated.errors);
      const problem = parameterProblemSummary(generated.errors);
      params = problem ? { error: problem } : { value: generated.values };
    } else params = { value: rowsToParameters(rows) };
    if (params.error) return setFormError(params.error);
    const parsed = startJobSchema.safeParse({ parameters: params.value, runOn: runOn.trim() || undefined });
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return setFormError(`${issue.path.join(".") || "Input"}: ${issue.message}`);
    }
    setFormError(undefined);
    start.mutate(parsed.data, { onSuccess: (job) => router.push(`/jobs/${job.id}`) });
  }

  // PowerShell's refusal of one parameter shows beside that field, as the browser's own checks do.
  const refused = mode === "fields" ? serverParameterError(start.error, parameters) : null;
  const errors = refused ? { ...fieldErrors, [refused.name]: refused.message } : fieldErrors;

  return (
    <Dialog open={open} onClose={onClose} title={`Start ${runbookName}`} description="Starts a job that runs the published version on a worker.">
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <fieldset>
          <div className="mb-2 flex items-center justify-between">
            <legend className="text-sm font-medium text-slate-800">Parameters</legend>
            <div role="group" aria-label="Parameter input mode" className="inline-flex rounded-md ring-1 ring-slate-300">
              {(["fields", "json"] as const).map((m) => (
                <button
                  key={m}
                  type="button"
                  aria-pressed={mode === m}
                  onClick={() => switchMode(m)}
                  className={`px-2.5 py-1 text-xs font-medium first:rounded-l-md last:rounded-r-md ${mode === m ? "bg-slate-800 text-white" : "bg-white text-slate-700 hover:bg-slate-50"}`}
                >
                  {m === "fields" ? "Fields" : "JSON"}
                </button>
              ))}
            </div>
          </div>
          {mode === "fields" && parameters ? (
            <GeneratedParametersForm
              parameters={parameters}
              values={raw}
              errors={errors}
              onChange={(name, value) => {
                setRaw((old) => ({ ...old, [name]: value }));
                if (refused?.name === name) start.reset();
              }}
            />
          ) : mode === "fields" ? (
            <ParameterRowsEditor rows={rows} onChange={setRows} />
          ) : (
            <>
              <label htmlFor={jsonId} className="sr-only">
                Parameters as JSON
              </label>
              <ParametersJsonEditor id={jsonId} value={json} onChange={setJson} error={formError} />
            </>
          )}
        </fieldset>
        <RunOnField value={runOn} onChange={setRunOn} defaultRunOn={defaultRunOn} />
        {formError ? (
          <p role="alert" className="text-sm font-medium text-red-700">
            {formError}
          </p>
        ) : null}
        <ErrorMessage error={refused ? new Error(`PowerShell refused the value of ${refused.name}.`) : start.error} title="The job was not started" />
        <FormActions submitLabel="Start" pending={start.isPending} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
