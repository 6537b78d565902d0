"use client";

import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { ErrorMessage } from "@/components/ui/error-message";
import { Field, Input } from "@/components/ui/field";
import { serverFieldError } from "@/components/ui/field-errors";
import { FormActions } from "@/components/ui/form-actions";
import { OneTimeSecret } from "@/components/ui/one-time-secret";
import { useSchemaForm } from "@/components/ui/use-schema-form";
import { createRegistrationTokenSchema } from "@/lib/workers/registration-tokens/schemas";
import { useCreateRegistrationToken } from "./use-registration-tokens";

const selectClass =
  "block w-full rounded-md border-0 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-inset focus:ring-indigo-600 focus:outline-none aria-[invalid=true]:ring-red-500";

/** The schema bounds the expiry to 1–365 days; these are the choices the portal offers within them. */
const expiries = [
  { label: "7 days", days: 7 },
  { label: "30 days", days: 30 },
  { label: "90 days", days: 90 },
  { label: "1 year", days: 365 },
] as const;

/** Creates a registration token for the group, then shows its secret once. */
export function CreateRegistrationTokenDialog({ group, onClose }: { group: string; onClose: () => void }) {
  const create = useCreateRegistrationToken(group);
  const { errors, onSubmit } = useSchemaForm({
    schema: createRegistrationTokenSchema,
    labels: { name: "Name", expiresInDays: "Expires after" },
    read: (form) => ({ name: String(form.get("name") ?? ""), expiresInDays: Number(form.get("expiresInDays")) }),
    submit: create.mutate,
    reset: create.reset,
    // The dialog stays open on the secret until its Done.
    onDone: () => undefined,
  });

  const created = create.data;
  return (
    <Dialog
      open
      onClose={onClose}
      title={created ? `Registration token ${created.name} created` : `New registration token for ${group}`}
      description={created ? undefined : "A remote worker presents it (BATON_WORKER_TOKEN) to join this group over HTTPS, with no database URL."}
    >
      {created ? (
        <div className="space-y-4">
          <OneTimeSecret label="Registration token" secret={created.token} lostHint="If you lose it, revoke it and create another." />
          <p className="text-sm text-slate-600">It stops working on {new Date(created.expiresAt).toLocaleDateString()} or when revoked.</p>
          <div className="flex justify-end">
            <Button variant="primary" onClick={onClose}>
              Done
            </Button>
          </div>
        </div>
      ) : (
        <form onSubmit={onSubmit} noValidate className="space-y-4">
          <ErrorMessage error={serverFieldError(create.error) ? null : create.error} title="The registration token was not created" />
          <Field label="Name" required error={errors.name} hint="What uses it, e.g. the machine or the script that provisions it.">
            {(p) => <Input {...p} name="name" required maxLength={64} autoComplete="off" autoFocus />}
          </Field>
          <Field label="Expires after" error={errors.expiresInDays}>
            {(p) => (
              <select {...p} name="expiresInDays" defaultValue="30" className={selectClass}>
                {expiries.map((x) => (
                  <option key={x.days} value={x.days}>
                    {x.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <FormActions submitLabel="Create token" pending={create.isPending} onCancel={onClose} />
        </form>
      )}
    </Dialog>
  );
}
