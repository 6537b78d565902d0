"use client";

import { FormActions } from "@/components/ui/form-actions";
import { ErrorMessage } from "@/components/ui/error-message";
import { Field, Input } from "@/components/ui/field";
import { serverFieldError } from "@/components/ui/field-errors";
import { useSchemaForm } from "@/components/ui/use-schema-form";
import { resetPasswordSchema } from "@/lib/users/schemas";
import { useResetPassword } from "./use-admin";

export function ResetPasswordForm({ userId, onDone }: { userId: string; onDone: () => void }) {
  const reset = useResetPassword();
  const { errors, onSubmit } = useSchemaForm({
    schema: resetPasswordSchema,
    labels: { password: "Password" },
    read: (form) => ({ password: String(form.get("password") ?? "") }),
    submit: (value, callbacks) => reset.mutate({ userId, ...value }, callbacks),
    reset: reset.reset,
    onDone,
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <ErrorMessage error={serverFieldError(reset.error) ? null : reset.error} title="The password was not changed" />
      <Field label="New password" required error={errors.password ?? serverFieldError(reset.error)?.message} hint="At least 12 characters. The user's open sessions end, their API tokens are revoked and any lockout is lifted.">
        {(p) => <Input {...p} name="password" type="password" required autoComplete="new-password" autoFocus />}
      </Field>
      <FormActions submitLabel="Set password" pending={reset.isPending} onCancel={onDone} />
    </form>
  );
}
