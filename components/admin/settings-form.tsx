"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorMessage } from "@/components/ui/error-message";
import { Field, Input } from "@/components/ui/field";
import { serverFieldError } from "@/components/ui/field-errors";
import { useSchemaForm } from "@/components/ui/use-schema-form";
import { settingNames, settingsSchema, type Settings } from "@/lib/settings/schemas";
import { useUpdateSettings } from "./use-settings";

const labels: Record<keyof Settings, string> = {
  jobRetentionDays: "Keep finished jobs for (days)",
  maxJobRecords: "Keep at most (jobs)",
  defaultJobTimeoutSeconds: "Default job timeout (seconds)",
  maxJobOutputBytes: "Stored output per job (bytes)",
  auditRetentionDays: "Keep audit events for (days)",
  outputWidth: "Job console width (columns)",
  debugIdleTimeoutMinutes: "Debug session idle timeout (minutes)",
};

const hints: Record<keyof Settings, string> = {
  jobRetentionDays: "1 to 3,650. Completed, failed and stopped jobs that ended earlier are deleted with their output.",
  maxJobRecords: "100 to 10,000,000. Beyond the newest this many jobs, finished ones are deleted.",
  defaultJobTimeoutSeconds: "60 to 604,800 (7 days). A runbook's own timeout overrides it.",
  maxJobOutputBytes: "1,048,576 (1 MiB) to 1,073,741,824 (1 GiB). Later records are dropped with one notice.",
  auditRetentionDays: "7 to 3,650.",
  outputWidth: "40 to 1,000. PowerShell formats each job's output to this width, and $Host.UI.RawUI reports it.",
  debugIdleTimeoutMinutes: "1 to 1,440 (1 day). A debug session paused this long with no command is stopped.",
};

const groups: { title: string; fields: (keyof Settings)[] }[] = [
  { title: "Job retention", fields: ["jobRetentionDays", "maxJobRecords"] },
  { title: "Job limits", fields: ["defaultJobTimeoutSeconds", "maxJobOutputBytes", "outputWidth"] },
  { title: "Debugger", fields: ["debugIdleTimeoutMinutes"] },
  { title: "Audit log", fields: ["auditRetentionDays"] },
];

/** An empty box is "not a number", so the schema names it instead of reading it as 0. */
const numberOf = (value: FormDataEntryValue | null) => (String(value ?? "").trim() === "" ? Number.NaN : Number(String(value).replace(/[,_\s]/g, "")));

export function SettingsForm({ settings, canWrite }: { settings: Settings; canWrite: boolean }) {
  const update = useUpdateSettings();
  const [saved, setSaved] = useState(false);
  const { errors, onSubmit } = useSchemaForm({
    schema: settingsSchema,
    labels,
    read: (form) => Object.fromEntries(settingNames.map((name) => [name, numberOf(form.get(name))])),
    submit: update.mutate,
    reset: update.reset,
    onDone: () => setSaved(true),
  });

  return (
    <form
      onSubmit={(e) => {
        // Cleared on every attempt, including one the schema rejects before anything is sent.
        setSaved(false);
        onSubmit(e);
      }}
      noValidate
      className="space-y-6"
    >
      <ErrorMessage error={serverFieldError(update.error) ? null : update.error} title="The settings were not saved" />
      {groups.map((group) => (
        <fieldset key={group.title} className="space-y-4">
          <legend className="text-sm font-semibold text-slate-900">{group.title}</legend>
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
            {group.fields.map((name) => (
              <Field key={name} label={labels[name]} hint={hints[name]} error={errors[name]}>
                {(p) => <Input {...p} name={name} inputMode="numeric" defaultValue={settings[name]} disabled={!canWrite} autoComplete="off" />}
              </Field>
            ))}
          </div>
        </fieldset>
      ))}
      {canWrite ? (
        <div className="flex items-center gap-3">
          <Button type="submit" variant="primary" pending={update.isPending}>
            Save settings
          </Button>
          {saved ? (
            <p role="status" className="text-sm text-emerald-700">
              Settings saved.
            </p>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}
