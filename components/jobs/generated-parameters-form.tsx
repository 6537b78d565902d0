"use client";

import { useId, type ReactNode } from "react";
import { Input, Textarea } from "@/components/ui/field";
import type { ScriptParameter } from "@/lib/pwsh/parse-result";
import { parameterInputKind } from "@/lib/runbooks/parameter-input-kind";
import type { RawParameterValues } from "./parameter-form-values";

const selectClass =
  "block w-full rounded-md border-0 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-inset focus:ring-indigo-600 focus:outline-none aria-[invalid=true]:ring-red-500";

interface GeneratedParametersFormProps {
  parameters: ScriptParameter[];
  values: RawParameterValues;
  errors: Record<string, string>;
  onChange: (name: string, value: string | boolean) => void;
}

/**
 * One input per declared parameter, chosen by its type and ValidateSet (see parameterInputKind). The
 * hint names what only the job checks (jobChecks); `errors` holds the browser's quick check or
 * PowerShell's word from the server, beside the field it names.
 */
export function GeneratedParametersForm({ parameters, values, errors, onChange }: GeneratedParametersFormProps) {
  if (!parameters.length) return <p className="text-sm text-slate-500">This runbook takes no parameters.</p>;
  return (
    <div className="space-y-4">
      {parameters.map((p) => (
        <ParameterInput key={p.name} param={p} value={values[p.name] ?? ""} error={errors[p.name]} onChange={(v) => onChange(p.name, v)} />
      ))}
    </div>
  );
}

function typeLabel(p: ScriptParameter): string {
  return p.type ? `[${p.type}]` : "any type";
}

function ParameterInput({ param: p, value, error, onChange }: { param: ScriptParameter; value: string | boolean; error?: string; onChange: (value: string | boolean) => void }) {
  const id = useId();
  const kind = parameterInputKind(p);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const aria = { id, "aria-describedby": error ? `${hintId} ${errorId}` : hintId, "aria-invalid": error ? true : undefined, "aria-required": p.mandatory || undefined };
  const text = typeof value === "string" ? value : "";
  const defaultHint = p.default !== null && kind !== "checkbox" && kind !== "select" ? <>Leave empty for the default <code className="font-mono">{p.default}</code>.</> : null;
  const hint: ReactNode = (
    <>
      <span className="font-mono">{typeLabel(p)}</span>
      {p.helpMessage ? <> · {p.helpMessage}</> : null}
      {kind === "lines" ? <> · One value per line.</> : null}
      {kind === "object" ? <> · Text, or JSON for an object.</> : null}
      {defaultHint ? <> · {defaultHint}</> : null}
      {p.jobChecks?.length ? <> · <span className="font-mono">{p.jobChecks.join(" ")}</span> checked when the job runs.</> : null}
    </>
  );
  const label = (
    <>
      {p.name}
      {p.mandatory ? (
        <>
          <span aria-hidden="true" className="ml-0.5 text-red-600">*</span>
          <span className="sr-only"> (required)</span>
        </>
      ) : null}
    </>
  );

  let control: ReactNode;
  if (kind === "checkbox") {
    control = (
      <div className="flex items-center gap-2">
        <input type="checkbox" {...aria} checked={value === true} onChange={(e) => onChange(e.target.checked)} className="size-4 rounded border-slate-300 text-indigo-600 focus:ring-indigo-600" />
        <label htmlFor={id} className="text-sm font-medium text-slate-800">
          {label}
        </label>
      </div>
    );
  } else {
    const input =
      kind === "select" ? (
        <select {...aria} value={text} onChange={(e) => onChange(e.target.value)} className={selectClass}>
          <option value="">{p.mandatory ? "Choose…" : "(script default)"}</option>
          {p.validateSet?.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
      ) : kind === "lines" || kind === "object" ? (
        <Textarea {...aria} rows={kind === "object" ? 4 : 3} value={text} onChange={(e) => onChange(e.target.value)} spellCheck={false} className="font-mono" />
      ) : (
        <Input
          {...aria}
          type={kind === "integer" || kind === "number" ? "number" : kind === "datetime" ? "datetime-local" : "text"}
          step={kind === "integer" ? 1 : kind === "number" ? "any" : undefined}
          value={text}
          onChange={(e) => onChange(e.target.value)}
          spellCheck={false}
        />
      );
    control = (
      <>
        <label htmlFor={id} className="block text-sm font-medium text-slate-800">
          {label}
        </label>
        {input}
      </>
    );
  }

  return (
    <div className="space-y-1" data-parameter={p.name}>
      {control}
      <p id={hintId} className="text-xs text-slate-500">
        {hint}
      </p>
      {error ? (
        <p id={errorId} className="text-xs font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
