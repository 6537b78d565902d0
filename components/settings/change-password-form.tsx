"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { fetchJson } from "@/components/api/fetch-json";
import { Button } from "@/components/ui/button";
import { ErrorMessage } from "@/components/ui/error-message";
import { Field, Input } from "@/components/ui/field";
import { fieldErrors, serverFieldError } from "@/components/ui/field-errors";
import { changeOwnPasswordSchema, type ChangeOwnPasswordInput } from "@/lib/users/schemas";

/** onChanged replaces the inline confirmation, e.g. to leave the forced change-password page. */
export function ChangePasswordForm({ onChanged }: { onChanged?: () => void } = {}) {
  const change = useMutation({ mutationFn: (input: ChangeOwnPasswordInput) => fetchJson("/api/v1/me/password", { method: "PUT", body: input }) });
  const [errors, setErrors] = useState<Record<string, string>>({});

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    change.reset();
    const formEl = e.currentTarget;
    const form = new FormData(formEl);
    const parsed = changeOwnPasswordSchema.safeParse({ currentPassword: String(form.get("currentPassword") ?? ""), newPassword: String(form.get("newPassword") ?? "") });
    if (!parsed.success) return setErrors(fieldErrors(parsed.error, { currentPassword: "Current password", newPassword: "New password" }));
    setErrors({});
    change.mutate(parsed.data, {
      onSuccess: () => {
        formEl.reset();
        onChanged?.();
      },
      onError: (err) => {
        const f = serverFieldError(err);
        if (f) setErrors({ [f.field]: f.message });
      },
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-md space-y-4">
      <ErrorMessage error={serverFieldError(change.error) ? null : change.error} title="The password was not changed" />
      {change.isSuccess && !onChanged ? (
        <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          Password changed. Your other sessions were signed out.
        </p>
      ) : null}
      <Field label="Current password" required error={errors.currentPassword}>
        {(p) => <Input {...p} name="currentPassword" type="password" required autoComplete="current-password" />}
      </Field>
      <Field label="New password" required error={errors.newPassword} hint="At least 12 characters. A few unrelated words make a strong one.">
        {(p) => <Input {...p} name="newPassword" type="password" required autoComplete="new-password" />}
      </Field>
      <Button type="submit" variant="primary" pending={change.isPending}>
        Change password
      </Button>
    </form>
  );
}
