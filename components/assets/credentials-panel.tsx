"use client";

import { useState, type FormEvent } from "react";
import { Field, Input } from "@/components/ui/field";
import { fieldErrors, serverFieldError } from "@/components/ui/field-errors";
import type { CredentialView } from "@/lib/assets/credential-view";
import { createCredentialSchema, updateCredentialSchema } from "@/lib/assets/schemas";
import { AssetFormShell, text } from "./asset-form-shell";
import { AssetPanel } from "./asset-panel";
import { SecretInput, secretValue } from "./secret-input";
import { useAssetList, useSaveAsset } from "./use-assets";

const labels = { name: "Name", description: "Description", userName: "User name", password: "Password" };

function CredentialForm({ editing, onDone }: { editing?: CredentialView; onDone: () => void }) {
  const save = useSaveAsset<CredentialView>("credentials");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const server = serverFieldError(save.error);
  const shown = server ? { ...errors, [server.field]: server.message } : errors;

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const common = { description: text(form, "description"), userName: text(form, "userName"), password: secretValue(form, "password") };
    const parsed = editing ? updateCredentialSchema.safeParse(common) : createCredentialSchema.safeParse({ ...common, name: text(form, "name"), password: common.password ?? "" });
    if (!parsed.success) return setErrors(fieldErrors(parsed.error, labels));
    setErrors({});
    save.mutate({ name: editing?.name, body: parsed.data }, { onSuccess: onDone });
  }

  return (
    <AssetFormShell label="credential" editingName={editing?.name} errors={shown} serverError={server ? null : save.error} pending={save.isPending} onSubmit={onSubmit} onCancel={onDone} defaultDescription={editing?.description}>
      <Field label="User name" error={shown.userName}>
        {(p) => <Input {...p} name="userName" required autoComplete="off" defaultValue={editing?.userName} />}
      </Field>
      <SecretInput label="Password" name="password" editing={Boolean(editing)} error={shown.password} />
    </AssetFormShell>
  );
}

export function CredentialsPanel() {
  const query = useAssetList<CredentialView>("credentials");
  return (
    <AssetPanel
      collection="credentials"
      label="credential"
      query={query}
      columns={[
        { header: "User name", cell: (c) => <span className="font-mono text-xs">{c.userName}</span> },
        { header: "Password", cell: () => <span className="font-mono text-slate-500" aria-label="Password, hidden">••••••••</span> },
      ]}
      form={(editing, done) => <CredentialForm editing={editing} onDone={done} />}
    />
  );
}
