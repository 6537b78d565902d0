"use client";

import { useState } from "react";
import { Field, Input, Textarea } from "@/components/ui/field";
import { UnreadableFieldError } from "@/components/ui/use-schema-form";
import type { VariableView } from "@/lib/assets/variable-view";
import { variableTypes, type VariableType } from "@/lib/assets/schemas";
import { createVariableOfTypeSchema, updateVariableOfTypeSchema } from "@/lib/assets/variable-value-schema";
import { AssetFormShell, Checkbox, selectClass, text } from "./asset-form-shell";
import { SecretInput } from "./secret-input";
import { useAssetForm } from "./use-asset-form";

const labels = { name: "Name", description: "Description", type: "Type", value: "Value" };

/**
 * The value the form's text stands for. Text that is not one for the type goes on as text, so the
 * type's value schema names the problem; only JSON that does not parse has nothing to pass on.
 */
function readValue(type: VariableType, raw: string): unknown {
  switch (type) {
    case "integer":
      return /^-?\d+$/.test(raw.trim()) ? Number(raw.trim()) : raw;
    case "boolean":
      return raw === "true";
    case "json":
      try {
        return JSON.parse(raw) as unknown;
      } catch {
        throw new UnreadableFieldError("value", "Value must be valid JSON");
      }
    default:
      return raw;
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
  const [type, setType] = useState<VariableType>(editing?.type ?? "string");
  const [encrypted, setEncrypted] = useState(editing?.isEncrypted ?? false);
  const { errors, onSubmit, save } = useAssetForm({
    collection: "variables",
    editingName: editing?.name,
    create: createVariableOfTypeSchema(type),
    update: updateVariableOfTypeSchema(type),
    labels,
    read: (form) => {
      // An encrypted value left masked while editing is absent: the stored one is kept.
      const raw = form.get("value");
      const value = raw === null ? undefined : readValue(type, String(raw));
      return editing ? { description: text(form, "description"), value } : { description: text(form, "description"), type, isEncrypted: encrypted, value };
    },
    onDone,
  });

  return (
    <AssetFormShell
      label="variable"
      editingName={editing?.name}
      errors={errors}
      error={save.error}
      pending={save.isPending}
      onSubmit={onSubmit}
      onCancel={onDone}
      defaultDescription={editing?.description}
    >
      <Field label="Type" error={errors.type} hint={editing ? "The type is fixed once the variable exists." : undefined}>
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
        <SecretInput label="Value" name="value" editing={Boolean(editing)} error={errors.value} />
      ) : (
        <ValueInput key={type} type={type} defaultValue={editing ? valueText(editing.value, type) : ""} error={errors.value} />
      )}
    </AssetFormShell>
  );
}
