"use client";

import { useState, type FormEvent } from "react";
import { GeneratedParametersForm } from "@/components/jobs/generated-parameters-form";
import { initialRawValues, rawValuesToParameters, serverParameterError, toDateTimeLocal, type RawParameterValues } from "@/components/jobs/parameter-form-values";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { ErrorMessage } from "@/components/ui/error-message";
import { FormActions } from "@/components/ui/form-actions";
import { Field, Input } from "@/components/ui/field";
import { RunOnField } from "@/components/jobs/run-on-field";
import { fieldErrors, serverFieldError } from "@/components/ui/field-errors";
import { OneTimeSecret } from "@/components/ui/one-time-secret";
import type { ScriptParameter } from "@/lib/pwsh/parse-result";
import { createWebhookSchema, defaultWebhookExpiry } from "@/lib/webhooks/schemas";
import { webhookDataParameter } from "@/lib/webhooks/webhook-data";
import { useCreateWebhook } from "./use-webhooks";

const labels = { name: "Name", expiresAt: "Expires", enabled: "Enabled", parameters: "Parameters", runOn: "Run on" };

interface CreateWebhookDialogProps {
  runbookId: string;
  runbookName: string;
  /** The published version's param() block; null when it was never parsed. */
  parameters: ScriptParameter[] | null;
  defaultRunOn: string | null;
  onClose: () => void;
}

/** Creates a webhook, then shows its URL once: only a hash of the token in it is stored, so it is never shown again. */
export function CreateWebhookDialog({ runbookId, runbookName, parameters, defaultRunOn, onClose }: CreateWebhookDialogProps) {
  const create = useCreateWebhook(runbookId);
  // WebhookData is filled in by each call; only the other parameters get defaults here.
  const defaults = (parameters ?? []).filter((p) => p.name.toLowerCase() !== webhookDataParameter.toLowerCase());
  const takesWebhookData = (parameters ?? []).length !== defaults.length;
  const [raw, setRaw] = useState<RawParameterValues>(() => initialRawValues(defaults));
  const [paramErrors, setParamErrors] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [runOn, setRunOn] = useState("");

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    create.reset();
    const form = new FormData(e.currentTarget);
    const generated = rawValuesToParameters(defaults, raw);
    setParamErrors(generated.errors);
    const expires = String(form.get("expiresAt") ?? "");
    const parsed = createWebhookSchema.safeParse({
      name: String(form.get("name") ?? ""),
      expiresAt: expires && !Number.isNaN(Date.parse(expires)) ? new Date(expires).toISOString() : expires,
      enabled: form.get("enabled") === "on",
      parameters: generated.values,
      runOn: runOn.trim() || null,
    });
    if (!parsed.success) return setErrors(fieldErrors(parsed.error, labels));
    setErrors({});
    if (Object.keys(generated.errors).length) return;
    create.mutate(parsed.data, {
      onError: (err) => {
        // PowerShell's refusal of one default shows beside that field, as the browser's own checks do.
        const refused = serverParameterError(err, defaults);
        const f = serverFieldError(err);
        if (refused) setParamErrors({ [refused.name]: refused.message });
        else if (f) setErrors({ [f.field]: f.message });
      },
    });
  }

  const url = create.data?.url;
  return (
    <Dialog open onClose={onClose} title={url ? `Webhook ${create.data?.webhook.name} created` : `Add a webhook to ${runbookName}`} description={url ? undefined : "Anyone with the webhook's URL can start this runbook with a POST request."}>
      {url ? (
        <div className="space-y-4">
          <OneTimeSecret label="Webhook URL" secret={url} hashOf="the token in it" lostHint="If you lose it, delete this webhook and create a new one." />
          <p className="text-sm text-slate-600">
            Send a <code className="font-mono">POST</code> with any body; the job starts at once.
            {takesWebhookData ? " The runbook receives the call as $WebhookData (WebhookName, RequestBody, RequestHeader)." : " The runbook declares no $WebhookData parameter, so it runs with the defaults only."}
          </p>
          <div className="flex justify-end">
            <Button variant="primary" onClick={onClose}>
              Done
            </Button>
          </div>
        </div>
      ) : (
        <form onSubmit={onSubmit} noValidate className="space-y-4">
          <Field label="Name" required error={errors.name} hint="Who calls it, e.g. GitHub or Alertmanager.">
            {(p) => <Input {...p} name="name" required maxLength={128} autoComplete="off" />}
          </Field>
          <Field label="Expires" required error={errors.expiresAt} hint="The URL stops working then; one year by default.">
            {(p) => <Input {...p} type="datetime-local" name="expiresAt" required defaultValue={toDateTimeLocal(defaultWebhookExpiry())} />}
          </Field>
          <label className="flex items-center gap-2 text-sm text-slate-800">
            <input type="checkbox" name="enabled" defaultChecked className="size-4 rounded border-slate-300" /> Enabled
          </label>
          {defaults.length ? (
            <fieldset className="space-y-2">
              <legend className="text-sm font-medium text-slate-800">Parameters</legend>
              <p className="text-xs text-slate-500">Every call starts the runbook with these values.</p>
              <GeneratedParametersForm parameters={defaults} values={raw} errors={paramErrors} onChange={(name, value) => setRaw((old) => ({ ...old, [name]: value }))} />
            </fieldset>
          ) : null}
          {errors.parameters ? (
            <p role="alert" className="text-sm font-medium text-red-700">
              {errors.parameters}
            </p>
          ) : null}
          <RunOnField value={runOn} onChange={setRunOn} defaultRunOn={defaultRunOn} error={errors.runOn} />
          <ErrorMessage error={create.error && !serverFieldError(create.error) ? create.error : null} title="The webhook was not created" />
          <FormActions submitLabel="Create webhook" pending={create.isPending} onCancel={onClose} />
        </form>
      )}
    </Dialog>
  );
}
