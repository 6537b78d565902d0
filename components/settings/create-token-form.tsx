"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { ErrorMessage } from "@/components/ui/error-message";
import { Field, Input } from "@/components/ui/field";
import { fieldErrors } from "@/components/ui/field-errors";
import { OneTimeSecret } from "@/components/ui/one-time-secret";
import { createApiTokenSchema } from "@/lib/tokens/schemas";
import { useCreateApiToken } from "./use-api-tokens";

const expiries = [
  { label: "30 days", days: 30 },
  { label: "90 days", days: 90 },
  { label: "1 year", days: 365 },
  { label: "Never", days: null },
] as const;

/** Creates a token and shows its secret once; it cannot be shown again. */
export function CreateTokenForm() {
  const create = useCreateApiToken();
  const [errors, setErrors] = useState<Record<string, string>>({});

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    create.reset();
    const formEl = e.currentTarget;
    const form = new FormData(formEl);
    const days = String(form.get("expiresInDays"));
    const parsed = createApiTokenSchema.safeParse({ name: String(form.get("name") ?? ""), expiresInDays: days === "never" ? null : Number(days) });
    if (!parsed.success) return setErrors(fieldErrors(parsed.error, { name: "Name", expiresInDays: "Expiry" }));
    setErrors({});
    create.mutate(parsed.data, { onSuccess: () => formEl.reset() });
  }

  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1">
          <Field label="Token name" required error={errors.name} hint="What uses it, e.g. the CI pipeline or a laptop.">
            {(p) => <Input {...p} name="name" required maxLength={64} autoComplete="off" />}
          </Field>
        </div>
        <div>
          <Field label="Expires after" error={errors.expiresInDays}>
            {(p) => (
              <select {...p} name="expiresInDays" defaultValue="90" className="rounded-md border-0 bg-white px-3 py-2 text-sm shadow-sm ring-1 ring-inset ring-slate-300">
                {expiries.map((x) => (
                  <option key={x.label} value={x.days ?? "never"}>{x.label}</option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <Button type="submit" variant="primary" pending={create.isPending} className="mb-5">
          Create token
        </Button>
      </form>
      <ErrorMessage error={create.error} title="The token was not created" />
      {create.data ? (
        <div className="space-y-2">
          <OneTimeSecret label="API token" secret={create.data.token} lostHint="If you lose it, revoke it and create another." />
          <p className="text-sm text-slate-600">
            Send it as <code className="font-mono">Authorization: Bearer …</code>; it acts with your roles.
          </p>
        </div>
      ) : null}
    </div>
  );
}
