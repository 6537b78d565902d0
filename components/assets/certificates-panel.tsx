"use client";

import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Field, Input } from "@/components/ui/field";
import { formatDateTime } from "@/components/ui/format";
import { UnreadableFieldError } from "@/components/ui/use-schema-form";
import type { CertificateView } from "@/lib/assets/certificate-view";
import { createCertificateSchema, updateCertificateSchema } from "@/lib/assets/schemas";
import { AssetFormShell, Checkbox, text } from "./asset-form-shell";
import { AssetPanel } from "./asset-panel";
import { useAssetList } from "./use-assets";
import { useAssetForm } from "./use-asset-form";

const labels = { name: "Name", description: "Description", data: "Certificate file", password: "Password", exportable: "Exportable" };

async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  // Chunked: String.fromCharCode with a whole file as arguments overflows the call stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function ExpiryBadge({ cert }: { cert: Pick<CertificateView, "expiry" | "daysUntilExpiry" | "notAfter"> }) {
  if (cert.expiry === "expired") return <Badge tone="red">Expired</Badge>;
  if (cert.expiry === "expiresSoon") {
    const days = cert.daysUntilExpiry;
    return <Badge tone="amber">{days < 1 ? "Expires today" : `Expires in ${days} day${days === 1 ? "" : "s"}`}</Badge>;
  }
  return <Badge tone="green">Valid</Badge>;
}

function CertificateForm({ editing, onDone }: { editing?: CertificateView; onDone: () => void }) {
  const [reading, setReading] = useState(false);

  async function readFile(file: File) {
    setReading(true);
    try {
      return await fileToBase64(file);
    } catch (err) {
      // The browser reads the file only now: it may have been moved or deleted since it was chosen.
      throw new UnreadableFieldError("data", `${file.name} could not be read (${err instanceof Error ? err.message : String(err)}); choose it again`);
    } finally {
      setReading(false);
    }
  }

  async function read(form: FormData) {
    const file = form.get("file");
    const hasFile = file instanceof File && file.size > 0;
    const data = hasFile ? await readFile(file) : undefined;
    const password = text(form, "password");
    return {
      description: text(form, "description"),
      data,
      // A .cer carries no password; an empty one is sent only for a .pfx (which may have an empty password).
      password: data && (password !== "" || /\.(pfx|p12)$/i.test((file as File).name)) ? password : undefined,
      exportable: form.get("exportable") === "on",
    };
  }

  const { errors, onSubmit, save } = useAssetForm({
    collection: "certificates",
    editingName: editing?.name,
    create: createCertificateSchema,
    update: updateCertificateSchema,
    labels,
    read,
    onDone,
  });

  return (
    <AssetFormShell
      label="certificate"
      editingName={editing?.name}
      errors={errors}
      error={save.error}
      pending={save.isPending || reading}
      onSubmit={onSubmit}
      onCancel={onDone}
      defaultDescription={editing?.description}
    >
      <Field label={editing ? "Replace certificate file (optional)" : "Certificate file"} error={errors.data} hint=".pfx / .p12 (with its private key) or .cer / .crt / .pem (public key only), up to 256 KiB">
        {(p) => <Input {...p} name="file" type="file" accept=".pfx,.p12,.cer,.crt,.pem" />}
      </Field>
      <Field label="Password" error={errors.password} hint="The .pfx password; leave empty for a .cer.">
        {(p) => <Input {...p} name="password" type="password" autoComplete="new-password" />}
      </Field>
      <Checkbox label="Exportable" hint="Runbooks may export the private key." name="exportable" defaultChecked={editing?.exportable ?? false} />
    </AssetFormShell>
  );
}

export function CertificatesPanel() {
  const query = useAssetList<CertificateView>("certificates");
  return (
    <AssetPanel
      collection="certificates"
      label="certificate"
      query={query}
      columns={[
        {
          header: "Certificate",
          cell: (c) => (
            <span className="block text-xs">
              <span className="block max-w-56 truncate" title={c.subject}>{c.subject}</span>
              <span className="block font-mono text-slate-500" title="Thumbprint">{c.thumbprint}</span>
              <span className="mt-1 inline-flex gap-1">
                <Badge>{c.format}</Badge>
                {c.hasPrivateKey ? <Badge tone="blue">Private key</Badge> : null}
                {c.exportable ? <Badge tone="purple">Exportable</Badge> : null}
              </span>
            </span>
          ),
        },
        {
          header: "Expires",
          cell: (c) => (
            <span className="flex flex-col items-start gap-1 text-xs">
              <ExpiryBadge cert={c} />
              {formatDateTime(c.notAfter)}
            </span>
          ),
        },
      ]}
      form={(editing, done) => <CertificateForm editing={editing} onDone={done} />}
    />
  );
}
