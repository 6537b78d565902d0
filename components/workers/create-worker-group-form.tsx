"use client";

import { ErrorMessage } from "@/components/ui/error-message";
import { Field, Input, Textarea } from "@/components/ui/field";
import { serverFieldError } from "@/components/ui/field-errors";
import { FormActions } from "@/components/ui/form-actions";
import { useSchemaForm } from "@/components/ui/use-schema-form";
import { createWorkerGroupSchema } from "@/lib/workers/worker-group-schemas";
import { useCreateWorkerGroup } from "./use-worker-group-mutations";

export function CreateWorkerGroupForm({ onDone }: { onDone: () => void }) {
  const create = useCreateWorkerGroup();
  const { errors, onSubmit } = useSchemaForm({
    schema: createWorkerGroupSchema,
    labels: { name: "Name", description: "Description" },
    read: (form) => ({ name: String(form.get("name") ?? ""), description: String(form.get("description") ?? "") }),
    submit: create.mutate,
    onDone,
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <ErrorMessage error={serverFieldError(create.error) ? null : create.error} title="The worker group was not created" />
      <Field label="Name" error={errors.name} hint={<>Workers join it with <code className="font-mono">BATON_WORKER_GROUP</code>; the name cannot change later.</>}>
        {(p) => <Input {...p} name="name" required maxLength={64} autoComplete="off" autoFocus />}
      </Field>
      <Field label="Description" error={errors.description}>
        {(p) => <Textarea {...p} name="description" rows={2} maxLength={512} />}
      </Field>
      <FormActions submitLabel="Create worker group" pending={create.isPending} onCancel={onDone} />
    </form>
  );
}
