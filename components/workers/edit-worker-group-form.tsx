"use client";

import { ErrorMessage } from "@/components/ui/error-message";
import { Field, Textarea } from "@/components/ui/field";
import { serverFieldError } from "@/components/ui/field-errors";
import { FormActions } from "@/components/ui/form-actions";
import { useSchemaForm } from "@/components/ui/use-schema-form";
import { updateWorkerGroupSchema } from "@/lib/workers/worker-group-schemas";
import type { WorkerGroupView } from "@/lib/workers/worker-group-view";
import { groupHostModeFields } from "./group-host-mode-fields";
import { useUpdateWorkerGroup } from "./use-worker-group-mutations";

/** The description and the job host, not the name: jobs, runbooks and workers refer to a group by its name. */
export function EditWorkerGroupForm({ group, onDone }: { group: WorkerGroupView; onDone: () => void }) {
  const update = useUpdateWorkerGroup(group.name);
  const hostMode = groupHostModeFields(group.hostMode);
  const { errors, onSubmit } = useSchemaForm({
    schema: updateWorkerGroupSchema,
    labels: { description: "Description", ...hostMode.labels },
    read: (form) => ({ description: String(form.get("description") ?? ""), ...hostMode.read(form) }),
    submit: update.mutate,
    reset: update.reset,
    onDone,
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <ErrorMessage error={serverFieldError(update.error) ? null : update.error} title="The worker group was not changed" />
      <Field label="Description" error={errors.description}>
        {(p) => <Textarea {...p} name="description" rows={3} maxLength={512} defaultValue={group.description} autoFocus />}
      </Field>
      {hostMode.render(errors)}
      <FormActions submitLabel="Save" pending={update.isPending} onCancel={onDone} />
    </form>
  );
}
