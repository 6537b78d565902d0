"use client";

import { useState } from "react";
import { Field, Input } from "@/components/ui/field";
import { UnreadableFieldError } from "@/components/ui/use-schema-form";
import type { ConnectionTypeView } from "@/lib/assets/connection-type-view";
import type { ConnectionView } from "@/lib/assets/connection-view";
import { createConnectionSchema, updateConnectionSchema, type ConnectionField, type ConnectionValuesInput } from "@/lib/assets/schemas";
import { AssetFormShell, selectClass, text } from "./asset-form-shell";
import { AssetPanel } from "./asset-panel";
import { SecretInput } from "./secret-input";
import { useAssetList } from "./use-assets";
import { useAssetForm } from "./use-asset-form";

const labels = { name: "Name", description: "Description", connectionType: "Connection type", values: "Values" };
const inputName = (field: string) => `field:${field}`;

/**
 * The values the form holds, typed by the connection type. A secret left masked is absent (the
 * server keeps it); an empty optional field is null when editing (clears it) and absent when creating.
 */
function readValues(form: FormData, fields: ConnectionField[], editing: boolean): ConnectionValuesInput {
  const values: ConnectionValuesInput = {};
  for (const f of fields) {
    const raw = form.get(inputName(f.name));
    if (raw === null) continue;
    const s = String(raw);
    if (s === "" && f.type !== "boolean") {
      if (f.isOptional) {
        if (editing) values[f.name] = null;
        continue;
      }
      throw new UnreadableFieldError("values", `${f.name} is required`);
    }
    if (f.type === "integer") {
      if (!/^-?\d+$/.test(s.trim())) throw new UnreadableFieldError("values", `${f.name} must be a whole number`);
      values[f.name] = Number(s.trim());
    } else values[f.name] = f.type === "boolean" ? s === "true" : s;
  }
  return values;
}

function FieldInput({ field, value, editing }: { field: ConnectionField; value: ConnectionView["values"][string] | undefined; editing: boolean }) {
  const label = `${field.name}${field.isOptional ? " (optional)" : ""}`;
  if (field.isSecret) return <SecretInput label={label} name={inputName(field.name)} editing={editing} />;
  if (field.type === "boolean") {
    return (
      <Field label={label}>
        {(p) => (
          <select {...p} name={inputName(field.name)} defaultValue={String(value ?? false)} className={selectClass}>
            <option value="true">True</option>
            <option value="false">False</option>
          </select>
        )}
      </Field>
    );
  }
  return <Field label={label}>{(p) => <Input {...p} name={inputName(field.name)} inputMode={field.type === "integer" ? "numeric" : undefined} defaultValue={value === null || value === undefined ? "" : String(value)} autoComplete="off" />}</Field>;
}

function ConnectionForm({ editing, onDone }: { editing?: ConnectionView; onDone: () => void }) {
  const types = useAssetList<ConnectionTypeView>("connection-types");
  const [typeName, setTypeName] = useState(editing?.connectionType ?? "");
  const type = types.data?.find((t) => t.name === typeName);
  const { errors, onSubmit, save } = useAssetForm({
    collection: "connections",
    editingName: editing?.name,
    create: createConnectionSchema,
    update: updateConnectionSchema,
    labels,
    read: (form) => ({
      description: text(form, "description"),
      ...(editing ? {} : { connectionType: typeName }),
      values: type ? readValues(form, type.fields, Boolean(editing)) : {},
    }),
    onDone,
  });

  return (
    <AssetFormShell label="connection" editingName={editing?.name} errors={errors} error={save.error ?? types.error} pending={save.isPending} onSubmit={onSubmit} onCancel={onDone} defaultDescription={editing?.description}>
      <Field label="Connection type" required error={errors.connectionType}>
        {(p) => (
          <select {...p} name="connectionType" value={typeName} disabled={Boolean(editing)} onChange={(e) => setTypeName(e.target.value)} className={selectClass}>
            <option value="" disabled>{types.isPending ? "Loading…" : "Choose a type"}</option>
            {(types.data ?? []).map((t) => (
              <option key={t.id} value={t.name}>{t.name}</option>
            ))}
          </select>
        )}
      </Field>
      {type ? (
        <fieldset key={type.id} className="space-y-3">
          <legend className="text-sm font-medium text-slate-800">Fields of {type.name}</legend>
          {type.fields.map((f) => (
            <FieldInput key={f.name} field={f} value={editing?.values[f.name]} editing={Boolean(editing)} />
          ))}
        </fieldset>
      ) : null}
      {errors.values ? <p className="text-xs font-medium text-red-700">{errors.values}</p> : null}
    </AssetFormShell>
  );
}

export function ConnectionsPanel() {
  const query = useAssetList<ConnectionView>("connections");
  return (
    <AssetPanel
      collection="connections"
      label="connection"
      query={query}
      columns={[
        { header: "Type", cell: (c) => <span className="block max-w-48 truncate" title={c.connectionType}>{c.connectionType}</span> },
        {
          header: "Values",
          cell: (c) => (
            <dl className="grid grid-cols-[auto_1fr] gap-x-2 font-mono text-xs">
              {Object.entries(c.values).map(([k, v]) => (
                <div key={k} className="contents">
                  <dt className="text-slate-500">{k}</dt>
                  <dd className="max-w-48 truncate">{c.secretFields.includes(k) ? "••••••••" : v === null ? "—" : String(v)}</dd>
                </div>
              ))}
            </dl>
          ),
        },
      ]}
      form={(editing, done) => <ConnectionForm editing={editing} onDone={done} />}
    />
  );
}
