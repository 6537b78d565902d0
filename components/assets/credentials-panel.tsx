"use client";

import { Field, Input } from "@/components/ui/field";
import type { CredentialView } from "@/lib/assets/credential-view";
import { createCredentialSchema, updateCredentialSchema } from "@/lib/assets/schemas";
import { AssetFormShell, text } from "./asset-form-shell";
import { AssetPanel } from "./asset-panel";
import { SecretInput, secretValue } from "./secret-input";
import { useAssetList } from "./use-assets";
import { useAssetForm } from "./use-asset-form";

const labels = { name: "Name", description: "Description", userName: "User name", password: "Password" };

function CredentialForm({ editing, onDone }: { editing?: CredentialView; onDone: () => void }) {
  const { errors, onSubmit, save } = useAssetForm({
    collection: "credentials",
    editingName: editing?.name,
    create: createCredentialSchema,
    update: updateCredentialSchema,
    labels,
    // A password left masked while editing is absent: the stored one is kept.
    read: (form) => ({ description: text(form, "description"), userName: text(form, "userName"), password: secretValue(form, "password") }),
    onDone,
  });

  return (
    <AssetFormShell label="credential" editingName={editing?.name} errors={errors} error={save.error} pending={save.isPending} onSubmit={onSubmit} onCancel={onDone} defaultDescription={editing?.description}>
      <Field label="User name" required error={errors.userName}>
        {(p) => <Input {...p} name="userName" required autoComplete="off" defaultValue={editing?.userName} />}
      </Field>
      <SecretInput label="Password" name="password" editing={Boolean(editing)} error={errors.password} />
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
        { header: "User name", cell: (c) => <span className="block max-w-48 truncate font-mono text-xs" title={c.userName}>{c.userName}</span> },
        { header: "Password", cell: () => <span className="font-mono text-slate-500" aria-label="Password, hidden">••••••••</span> },
      ]}
      form={(editing, done) => <CredentialForm editing={editing} onDone={done} />}
    />
  );
}
