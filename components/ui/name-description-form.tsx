"use client";

import type { ReactNode } from "react";
import type { z } from "zod";
import { ErrorMessage } from "./error-message";
import { Field, Input, Textarea } from "./field";
import { serverFieldError } from "./field-errors";
import { FormActions } from "./form-actions";
import { useSchemaForm } from "./use-schema-form";

interface CreateMutation<S extends z.ZodType> {
  mutate: (value: z.infer<S>, callbacks: { onSuccess: (result: unknown) => void; onError: (err: unknown) => void }) => void;
  reset: () => void;
  error: unknown;
  isPending: boolean;
}

/** Fields a form adds after the name and description: their labels, how they read, and how they draw with their errors. */
export interface ExtraFields {
  labels: Record<string, string>;
  read: (form: FormData) => Record<string, unknown>;
  render: (errors: Record<string, string>) => ReactNode;
}

/** A dialog form that creates something named and described, checked by the schema its route parses. */
export function NameDescriptionForm<S extends z.ZodType>({
  schema,
  create,
  errorTitle,
  submitLabel,
  nameHint,
  nameMaxLength,
  extra,
  onDone,
}: {
  schema: S;
  create: CreateMutation<S>;
  errorTitle: string;
  submitLabel: string;
  nameHint?: ReactNode;
  nameMaxLength?: number;
  extra?: ExtraFields;
  onDone: () => void;
}) {
  const { errors, onSubmit } = useSchemaForm({
    schema,
    labels: { name: "Name", description: "Description", ...extra?.labels },
    read: (form) => ({ name: String(form.get("name") ?? ""), description: String(form.get("description") ?? ""), ...extra?.read(form) }),
    submit: create.mutate,
    reset: create.reset,
    onDone,
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <ErrorMessage error={serverFieldError(create.error) ? null : create.error} title={errorTitle} />
      <Field label="Name" required error={errors.name} hint={nameHint}>
        {(p) => <Input {...p} name="name" required maxLength={nameMaxLength} autoComplete="off" autoFocus />}
      </Field>
      <Field label="Description" error={errors.description}>
        {(p) => <Textarea {...p} name="description" rows={2} maxLength={512} />}
      </Field>
      {extra?.render(errors)}
      <FormActions submitLabel={submitLabel} pending={create.isPending} onCancel={onDone} />
    </form>
  );
}
