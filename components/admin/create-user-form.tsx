"use client";

import { FormActions } from "@/components/ui/form-actions";
import { ErrorMessage } from "@/components/ui/error-message";
import { Field, Input } from "@/components/ui/field";
import { serverFieldError } from "@/components/ui/field-errors";
import { useSchemaForm } from "@/components/ui/use-schema-form";
import { createUserSchema } from "@/lib/users/schemas";
import { useCreateUser } from "./use-admin";

const labels = { username: "Username", displayName: "Display name", email: "Email", password: "Password" };

export function CreateUserForm({ onDone }: { onDone: () => void }) {
  const create = useCreateUser();
  const { errors, onSubmit } = useSchemaForm({
    schema: createUserSchema,
    labels: labels,
    read: (form) => Object.fromEntries(["username", "displayName", "email", "password"].map((k) => [k, String(form.get(k) ?? "")])),
    submit: create.mutate,
    reset: create.reset,
    onDone,
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <ErrorMessage error={serverFieldError(create.error) ? null : create.error} title="The user was not created" />
      <Field label="Username" required error={errors.username} hint="Letters, digits and . _ @ -; used to sign in.">
        {(p) => <Input {...p} name="username" required autoComplete="off" spellCheck={false} />}
      </Field>
      <Field label="Display name" required error={errors.displayName} hint="Shown in the portal and the audit log.">
        {(p) => <Input {...p} name="displayName" required autoComplete="off" />}
      </Field>
      <Field label="Email" error={errors.email}>
        {(p) => <Input {...p} name="email" type="email" autoComplete="off" />}
      </Field>
      <Field label="Initial password" required error={errors.password} hint="At least 12 characters. Hand it over privately; the user can change it under Settings.">
        {(p) => <Input {...p} name="password" type="password" required autoComplete="new-password" />}
      </Field>
      <FormActions submitLabel="Create user" pending={create.isPending} onCancel={onDone} />
    </form>
  );
}
