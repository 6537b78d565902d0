"use client";

import { FormActions } from "@/components/ui/form-actions";
import { ErrorMessage } from "@/components/ui/error-message";
import { Field, Input, Textarea } from "@/components/ui/field";
import { serverFieldError } from "@/components/ui/field-errors";
import { useSchemaForm } from "@/components/ui/use-schema-form";
import { createGroupSchema } from "@/lib/groups/schemas";
import { useCreateGroup } from "./use-admin";

export function CreateGroupForm({ onDone }: { onDone: () => void }) {
  const create = useCreateGroup();
  const { errors, onSubmit } = useSchemaForm({
    schema: createGroupSchema,
    labels: { name: "Name", description: "Description" },
    read: (form) => ({ name: String(form.get("name") ?? ""), description: String(form.get("description") ?? "") }),
    submit: create.mutate,
    onDone,
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <ErrorMessage error={serverFieldError(create.error) ? null : create.error} title="The group was not created" />
      <Field label="Name" error={errors.name}>
        {(p) => <Input {...p} name="name" required autoComplete="off" autoFocus />}
      </Field>
      <Field label="Description" error={errors.description}>
        {(p) => <Textarea {...p} name="description" rows={2} maxLength={512} />}
      </Field>
      <FormActions submitLabel="Create group" pending={create.isPending} onCancel={onDone} />
    </form>
  );
}
