"use client";

import { useState, type FormEvent } from "react";
import { Field, Input, Textarea } from "@/components/ui/field";
import { fieldErrors, serverFieldError } from "@/components/ui/field-errors";
import type { VariableView } from "@/lib/assets/variable-view";
import { createVariableSchema, updateVariableSchema, variableTypes, type VariableType } from "@/lib/assets/schemas";
import { AssetFormShell, Checkbox, selectClass, text } from "./asset-form-shell";
import { SecretInput } from "./secret-input";
import { useSaveAsset } from "./use-assets";

const labels = { name: "Name", description: "Description", type: "Type", value: "Value" };

/** The typed value from the form's text, or an error naming what is wrong. */
function readValue(type: VariableType, raw: string): { value: unknown } | { error: string } {
  switch (type) {
    case "integer":
      return /^-?\d+$/.test(raw.trim()) ? { value: Number(raw.trim()) } : { error: "Value must be a whole number" };
    case "boolean":
      return { value: raw === "true" };
    case "json":
      try {
        return { value: JSON.parse(raw) as unknown };
      } catch {
        return { error: "Value must be valid JSON" };
      }
    default:
      return { value: raw };
  }
}

function valueText(v: VariableView["value"], type: VariableType): string {
  if (v === null) return "";
  return type === "json" ? JSON.stringify(v, null, 2) : String(v);
}

function ValueInput({ type, defaultValue, error }: { type: VariableType; defaultValue: string; error?: string }) {
  if (type === "boolean") {
    return (
      <Field label="Value" error={error}>
        {(p) => (
          <select {...p} name="value" defaultValue={defaultValue || "false"} className={selectClass}>
            <option value="true">True</option>
            <option value="false">False</option>
          </select>
        )}
      </Field>
    );
  }
  if (type === "json") {
    return <Field label="Value" error={error}>{(p) => <Textarea {...p} name="value" rows={4} defaultValue={defaultValue} className="font-mono" />}</Field>;
  }
  const hint = type === "datetime" ? "ISO 8601, e.g. 2026-01-31T08:00:00Z" : undefined;
  return (
    <Field label="Value" error={error} hint={hint}>
      {(p) => <Input {...p} name="value" inputMode={type === "integer" ? "numeric" : undefined} defaultValue={defaultValue} autoComplete="off" />}
    </Field>
  );
}

export function VariableForm({ editing, onDone }: { editing?: VariableView; onDone: () => void }) {
  const save = useSaveAsset<VariableView>("variables");
  const [type, setType] = useState<VariableType>(editing?.type ?? "string");
  const [encrypted, setEncrypted] = useState(editing?.isEncrypted ?? false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const server = serverFieldError(save.error);
  const shown = server ? { ...errors, [server.field]: server.message } : errors;

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const raw = form.get("value");
    const read = raw === null ? null : readValue(type, String(raw));
    if (read && "error" in read) return setErrors({ value: read.error });
    const value = read ? read.value : undefined;
    if (editing) {
      const parsed = updateVariableSchema.safeParse({ description: text(form, "description"), value });
      if (!parsed.success) return setErrors(fieldErrors(parsed.error, labels));
      setErrors({});
      save.mutate({ name: editing.name, body: parsed.data }, { onSuccess: onDone });
    } else {
      const parsed = createVariableSchema.safeParse({ name: text(form, "name"), description: text(form, "description"), type, isEncrypted: encrypted, value });
      if (!parsed.success) return setErrors(fieldErrors(parsed.error, labels));
      setErrors({});
      save.mutate({ body: parsed.data }, { onSuccess: onDone });
    }
  }

  return (
    <AssetFormShell
      label="variable"
      editingName={editing?.name}
      errors={shown}
      serverError={server ? null : save.error}
      pending={save.isPending}
      onSubmit={onSubmit}
      onCancel={onDone}
      defaultDescription={editing?.description}
    >
      <Field label="Type" error={shown.type} hint={editing ? "The type is fixed once the variable exists." : undefined}>
        {(p) => (
          <select {...p} name="type" value={type} disabled={Boolean(editing)} onChange={(e) => setType(e.target.value as VariableType)} className={selectClass}>
            {variableTypes.map((t) => (
              <option key={t} value={t}>{t}</option>
            ))}
          </select>
        )}
      </Field>
      <Checkbox label="Encrypted" hint="The value is sealed and never shown again." name="isEncrypted" checked={encrypted} disabled={Boolean(editing)} onChange={(e) => setEncrypted(e.target.checked)} />
      {encrypted ? (
        <SecretInput label="Value" name="value" editing={Boolean(editing)} error={shown.value} />
      ) : (
        <ValueInput key={type} type={type} defaultValue={editing ? valueText(editing.value, type) : ""} error={shown.value} />
      )}
    </AssetFormShell>
  );
}
