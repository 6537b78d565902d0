"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { ErrorMessage } from "@/components/ui/error-message";
import { Field, Input } from "@/components/ui/field";
import { fieldErrors, serverFieldError } from "@/components/ui/field-errors";
import { resetPasswordSchema } from "@/lib/users/schemas";
import { useResetPassword } from "./use-admin";

export function ResetPasswordForm({ userId, onDone }: { userId: string; onDone: () => void }) {
  const reset = useResetPassword();
  const [errors, setErrors] = useState<Record<string, string>>({});

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const parsed = resetPasswordSchema.safeParse({ password: String(new FormData(e.currentTarget).get("password") ?? "") });
    if (!parsed.success) return setErrors(fieldErrors(parsed.error, { password: "Password" }));
    setErrors({});
    reset.mutate({ userId, ...parsed.data }, { onSuccess: onDone });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <ErrorMessage error={serverFieldError(reset.error) ? null : reset.error} title="The password was not changed" />
      <Field label="New password" error={errors.password ?? serverFieldError(reset.error)?.message} hint="At least 12 characters. The user's open sessions end and any lockout is lifted.">
        {(p) => <Input {...p} name="password" type="password" required autoComplete="new-password" autoFocus />}
      </Field>
      <div className="flex gap-3">
        <Button type="submit" variant="primary" pending={reset.isPending}>
          Set password
        </Button>
        <Button variant="ghost" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
