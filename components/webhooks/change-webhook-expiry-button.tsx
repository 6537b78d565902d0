"use client";

import { useState, type FormEvent } from "react";
import { toDateTimeLocal } from "@/components/jobs/parameter-form-values";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { ErrorMessage } from "@/components/ui/error-message";
import { FormActions } from "@/components/ui/form-actions";
import { Field, Input } from "@/components/ui/field";
import { fieldErrors } from "@/components/ui/field-errors";
import { defaultWebhookExpiry, updateWebhookSchema } from "@/lib/webhooks/schemas";
import { useUpdateWebhook } from "./use-webhooks";

/** Moves a webhook's expiry (e.g. before it runs out); the URL stays the same. */
export function ChangeWebhookExpiryButton({ runbookId, webhookId, name }: { runbookId: string; webhookId: string; name: string }) {
  const [open, setOpen] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const update = useUpdateWebhook(runbookId);
  const close = () => {
    setOpen(false);
    setErrors({});
    update.reset();
  };

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    update.reset();
    const value = String(new FormData(e.currentTarget).get("expiresAt") ?? "");
    const parsed = updateWebhookSchema.safeParse({ expiresAt: value && !Number.isNaN(Date.parse(value)) ? new Date(value).toISOString() : value });
    if (!parsed.success) return setErrors(fieldErrors(parsed.error, { expiresAt: "Expires" }));
    setErrors({});
    update.mutate({ id: webhookId, input: parsed.data }, { onSuccess: close });
  }

  return (
    <>
      <Button onClick={() => setOpen(true)} aria-label={`Change expiry of webhook ${name}`}>
        Change expiry
      </Button>
      <Dialog open={open} onClose={close} title={`Change expiry of ${name}`} description="The URL keeps working until then; callers need no change.">
        <form onSubmit={onSubmit} noValidate className="space-y-4">
          <Field label="Expires" error={errors.expiresAt}>
            {(p) => <Input {...p} type="datetime-local" name="expiresAt" required defaultValue={toDateTimeLocal(defaultWebhookExpiry())} />}
          </Field>
          <ErrorMessage error={update.error} title="The expiry was not changed" />
          <FormActions submitLabel="Save expiry" pending={update.isPending} onCancel={close} />
        </form>
      </Dialog>
    </>
  );
}
