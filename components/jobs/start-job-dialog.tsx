"use client";

import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { Dialog } from "@/components/ui/dialog";
import { ErrorMessage } from "@/components/ui/error-message";
import { FormActions } from "@/components/ui/form-actions";
import { startJobRequestSchema } from "@/lib/jobs/start-job-schema";
import type { ScriptParameter } from "@/lib/pwsh/parse-result";
import { GeneratedParametersForm } from "./generated-parameters-form";
import { initialRawValues, parameterProblemSummary, parametersToRawValues, rawValuesToParameters, serverParameterError, type RawParameterValues } from "./parameter-form-values";
import { newParameterRow, ParameterRowsEditor, ParametersJsonEditor, parseParametersJson, rowsToParameters, type ParameterRow } from "./parameters-editor";
import { RunOnField } from "./run-on-field";
import { useStartJob } from "./use-jobs";

/** A rerun: the job it repeats, with what it ran, to prefill the form and to say what changes. */
export interface RerunOf {
  jobId: string;
  parameters: Record<string, unknown>;
  runOn: string;
  /** The version the original ran. */
  versionNumber: number | null;
}

interface StartJobDialogProps {
  runbookId: string;
  runbookName: string;
  defaultRunOn: string | null;
  /** The published version's param() block; null when it was never parsed (free name/value rows then). */
  parameters: ScriptParameter[] | null;
  /** The published version's number: what the job will run. */
  publishedNumber: number | null;
  open: boolean;
  onClose: () => void;
  rerun?: RerunOf;
}

export function StartJobDialog({ runbookId, runbookName, defaultRunOn, parameters, publishedNumber, open, onClose, rerun }: StartJobDialogProps) {
  const router = useRouter();
  const start = useStartJob(runbookId);
  const jsonId = useId();
  const [mode, setMode] = useState<"fields" | "json">("fields");
  const [prefill] = useState(() => rerunPrefill(parameters, rerun));
  const [rows, setRows] = useState<ParameterRow[]>(prefill.rows);
  const [raw, setRaw] = useState<RawParameterValues>(prefill.raw);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [json, setJson] = useState("");
  const [runOn, setRunOn] = useState(rerun?.runOn ?? "");
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
    const parsed = startJobRequestSchema.safeParse({ parameters: params.value, runOn: runOn.trim() || undefined, rerunOfJobId: rerun?.jobId });
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
    <Dialog
      open={open}
      onClose={onClose}
      title={rerun ? `Rerun ${runbookName}` : `Start ${runbookName}`}
      description={rerun ? <RerunVersionNote rerun={rerun} publishedNumber={publishedNumber} /> : `Starts a job that runs the published version${publishedNumber ? ` (version ${publishedNumber})` : ""} on a worker.`}
    >
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        {prefill.dropped.length ? (
          <p role="status" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="rerun-dropped-parameters">
            Left out, no longer parameters of version {publishedNumber}: {prefill.dropped.join(", ")}
          </p>
        ) : null}
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
        <FormActions submitLabel={rerun ? "Rerun" : "Start"} pending={start.isPending} onCancel={onClose} />
      </form>
    </Dialog>
  );
}

/** The rerun's parameters as the form's values; names the published version no longer declares are dropped and listed. */
function rerunPrefill(parameters: ScriptParameter[] | null, rerun: RerunOf | undefined): { raw: RawParameterValues; rows: ParameterRow[]; dropped: string[] } {
  if (!rerun) return { raw: initialRawValues(parameters ?? []), rows: [], dropped: [] };
  if (!parameters) return { raw: {}, rows: Object.entries(rerun.parameters).map(([k, v]) => newParameterRow(k, typeof v === "string" ? v : JSON.stringify(v))), dropped: [] };
  const back = parametersToRawValues(parameters, rerun.parameters);
  return { raw: back.raw, rows: [], dropped: back.unknown };
}

/** Jobs run the version published now: say so, and say when it is not the one the original ran. */
function RerunVersionNote({ rerun, publishedNumber }: { rerun: RerunOf; publishedNumber: number | null }) {
  const job = rerun.jobId.slice(0, 8);
  if (rerun.versionNumber === publishedNumber) return <>Starts version {publishedNumber} again, as job {job} ran it, with its parameters; change them below if you need to.</>;
  return (
    <span data-testid="rerun-version-note">
      <strong className="font-semibold text-amber-800">
        The original ran version {rerun.versionNumber ?? "?"}; this runs version {publishedNumber}
      </strong>
      , the version published now. Check the parameters below.
    </span>
  );
}
