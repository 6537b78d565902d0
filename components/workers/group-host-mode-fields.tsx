import { Field } from "@/components/ui/field";
import type { ExtraFields } from "@/components/ui/name-description-form";
import type { HostMode } from "@/lib/workers/host-mode";
import { HostModeSelect } from "./host-mode-select";

/** The worker group forms' "Job host" field, with what the group's workers do for runbooks that leave it to them. */
export function groupHostModeFields(defaultValue: HostMode): ExtraFields {
  return {
    labels: { hostMode: "Job host" },
    read: (form) => ({ hostMode: String(form.get("hostMode") ?? "") }),
    render: (errors) => (
      <Field
        label="Job host"
        error={errors.hostMode}
        hint="For runbooks that leave it to their worker group. A shared host is a long-lived PowerShell process that runs one runbook's jobs one at a time: they share the process, its static .NET state, loaded assemblies and Add-Type types. Debug sessions always get their own process."
      >
        {(p) => <HostModeSelect {...p} defaultValue={defaultValue} />}
      </Field>
    ),
  };
}
