"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ErrorMessage } from "@/components/ui/error-message";
import { Field, Input, Textarea } from "@/components/ui/field";
import { serverFieldError } from "@/components/ui/field-errors";
import { useSchemaForm } from "@/components/ui/use-schema-form";
import { HostModeSelect } from "@/components/workers/host-mode-select";
import { WorkerGroupSelect } from "@/components/workers/worker-group-select";
import type { RunbookDetail } from "@/lib/runbooks/runbook-views";
import { updateRunbookSchema } from "@/lib/runbooks/schemas";
import { TagChipsInput } from "./tag-chips-input";
import { useUpdateRunbook } from "./use-runbooks";

const labels = { name: "Name", description: "Description", tags: "Tags", "tags[]": "Tag", concurrencyLimit: "Concurrency limit", timeoutSeconds: "Timeout", defaultRunOn: "Default run-on group", hostMode: "Job host" };

/** "" means "not set" (null); anything else must be a whole number, which the schema then range-checks. */
const optionalInt = (text: string): number | null => (text.trim() === "" ? null : Number(text));

function Check({ name, label, defaultChecked, hint }: { name: string; label: string; defaultChecked: boolean; hint: string }) {
  return (
    <label className="flex items-start gap-2 text-sm">
      <input type="checkbox" name={name} defaultChecked={defaultChecked} className="mt-0.5 size-4 rounded border-slate-300 text-indigo-600" />
      <span>
        <span className="font-medium text-slate-800">{label}</span>
        <span className="block text-xs text-slate-500">{hint}</span>
      </span>
    </label>
  );
}

/** Edits a runbook's properties through PATCH, validated by the same schema as the route. */
export function RunbookPropertiesForm({ runbook }: { runbook: RunbookDetail }) {
  const update = useUpdateRunbook(runbook.id);
  const [tags, setTags] = useState(runbook.tags);
  const [defaultRunOn, setDefaultRunOn] = useState(runbook.defaultRunOn ?? "");
  const [saved, setSaved] = useState(false);
  const { errors, onSubmit } = useSchemaForm({
    schema: updateRunbookSchema,
    labels,
    read: (form) => {
      const text = (key: string) => String(form.get(key) ?? "");
      return {
        name: text("name"),
        description: text("description"),
        tags,
        logVerbose: form.has("logVerbose"),
        logProgress: form.has("logProgress"),
        logDebug: form.has("logDebug"),
        concurrencyLimit: optionalInt(text("concurrencyLimit")),
        timeoutSeconds: optionalInt(text("timeoutSeconds")),
        restartable: form.has("restartable"),
        defaultRunOn: defaultRunOn.trim() || null,
        hostMode: text("hostMode") || null,
      };
    },
    submit: update.mutate,
    reset: update.reset,
    onDone: () => setSaved(true),
  });

  return (
    <Card title="Properties" className="mt-6">
      <form
        onSubmit={(e) => {
          setSaved(false);
          onSubmit(e);
        }}
        noValidate
        className="space-y-5"
        aria-label="Runbook properties"
      >
        <ErrorMessage error={serverFieldError(update.error) ? null : update.error} title="The properties were not saved" />
        <div className="grid grid-cols-1 gap-5 md:grid-cols-2">
          <Field label="Name" required error={errors.name} hint="Jobs keep running under the new name; scripts that call Start-AutomationRunbook with the old name must be updated.">
            {(p) => <Input {...p} name="name" defaultValue={runbook.name} maxLength={63} autoComplete="off" spellCheck={false} />}
          </Field>
          <Field label="Description" error={errors.description}>
            {(p) => <Textarea {...p} name="description" defaultValue={runbook.description} rows={2} maxLength={512} />}
          </Field>
        </div>
        <TagChipsInput tags={tags} onChange={setTags} error={errors.tags} />
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-800">Logging</legend>
          <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
            <Check name="logVerbose" label="Log verbose records" defaultChecked={runbook.logVerbose} hint="Write-Verbose output is kept with the job." />
            <Check name="logProgress" label="Log progress records" defaultChecked={runbook.logProgress} hint="Write-Progress records are kept." />
            <Check name="logDebug" label="Log debug records" defaultChecked={runbook.logDebug} hint="Write-Debug output is kept." />
          </div>
        </fieldset>
        <div className="grid grid-cols-1 gap-5 md:grid-cols-3">
          <Field label="Concurrency limit" error={errors.concurrencyLimit} hint="Jobs of this runbook running at once; empty for no limit.">
            {(p) => <Input {...p} name="concurrencyLimit" type="number" min={1} max={1000} step={1} defaultValue={runbook.concurrencyLimit ?? ""} />}
          </Field>
          <Field label="Timeout (seconds)" error={errors.timeoutSeconds} hint="A job running longer is stopped; empty for the default.">
            {(p) => <Input {...p} name="timeoutSeconds" type="number" min={1} step={1} defaultValue={runbook.timeoutSeconds ?? ""} />}
          </Field>
          <Field label="Default run-on group" error={errors.defaultRunOn} hint="Where jobs that do not name a worker group run.">
            {(p) => <WorkerGroupSelect {...p} value={defaultRunOn} onChange={setDefaultRunOn} emptyLabel="The default group (default)" />}
          </Field>
        </div>
        <div className="max-w-xl">
          <Field
            label="Job host"
            error={errors.hostMode}
            hint="A shared host is a long-lived PowerShell process that runs this runbook's jobs one at a time, each in a fresh runspace: they share the process, its static .NET state, loaded assemblies and Add-Type types, with other jobs of this runbook only. Debug sessions always get their own process."
          >
            {(p) => <HostModeSelect {...p} defaultValue={runbook.hostMode ?? ""} emptyLabel="Worker group's choice" />}
          </Field>
        </div>
        <Check name="restartable" label="Restartable" defaultChecked={runbook.restartable} hint="A job interrupted by a worker failure is started again (from its last checkpoint)." />
        <div className="flex items-center gap-3">
          <Button type="submit" variant="primary" pending={update.isPending}>
            Save properties
          </Button>
          <span role="status" className="text-sm text-green-700">
            {saved && !update.isPending ? "Properties saved" : ""}
          </span>
        </div>
      </form>
    </Card>
  );
}
