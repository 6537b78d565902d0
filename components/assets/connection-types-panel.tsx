"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Badge } from "@/components/ui/badge";
import { Input } from "@/components/ui/field";
import type { ConnectionTypeView } from "@/lib/assets/connection-type-view";
import { connectionFieldTypes, createConnectionTypeSchema, updateConnectionTypeSchema, type ConnectionField } from "@/lib/assets/schemas";
import { AssetFormShell, checkboxClass, selectClass, text } from "./asset-form-shell";
import { AssetPanel } from "./asset-panel";
import { useAssetList } from "./use-assets";
import { useAssetForm } from "./use-asset-form";

const labels = { name: "Name", description: "Description", fields: "Fields", "fields[]": "Field" };
const blankField = (): ConnectionField => ({ name: "", type: "string", isSecret: false, isOptional: false });

/** Rows of field name, type, secret and optional; fields change only while no connection uses the type. */
function FieldEditor({ fields, onChange, error }: { fields: ConnectionField[]; onChange: (f: ConnectionField[]) => void; error?: string }) {
  const set = (i: number, patch: Partial<ConnectionField>) => onChange(fields.map((f, j) => (j === i ? { ...f, ...patch } : f)));
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-slate-800">Fields</legend>
      {fields.map((f, i) => (
        <div key={i} className="flex flex-wrap items-center gap-2">
          <Input aria-label={`Field ${i + 1} name`} value={f.name} onChange={(e) => set(i, { name: e.target.value })} className="w-40" autoComplete="off" />
          <select aria-label={`Field ${i + 1} type`} value={f.type} onChange={(e) => set(i, { type: e.target.value as ConnectionField["type"] })} className={`${selectClass} w-28`}>
            {connectionFieldTypes.map((t) => (
              <option key={t} value={t}>{t}</option>
            ))}
          </select>
          <label className="flex items-center gap-1 text-xs"><input type="checkbox" className={checkboxClass} checked={f.isSecret} onChange={(e) => set(i, { isSecret: e.target.checked })} aria-label={`Field ${i + 1} secret`} />Secret</label>
          <label className="flex items-center gap-1 text-xs"><input type="checkbox" className={checkboxClass} checked={f.isOptional} onChange={(e) => set(i, { isOptional: e.target.checked })} aria-label={`Field ${i + 1} optional`} />Optional</label>
          <Button variant="ghost" onClick={() => onChange(fields.filter((_, j) => j !== i))} aria-label={`Remove field ${i + 1}`}>Remove</Button>
        </div>
      ))}
      <Button onClick={() => onChange([...fields, blankField()])}>Add field</Button>
      {error ? <p className="text-xs font-medium text-red-700">{error}</p> : null}
    </fieldset>
  );
}

function ConnectionTypeForm({ editing, onDone }: { editing?: ConnectionTypeView; onDone: () => void }) {
  const [fields, setFields] = useState<ConnectionField[]>(editing?.fields ?? [blankField()]);
  const { errors, onSubmit, save } = useAssetForm({
    collection: "connection-types",
    editingName: editing?.name,
    create: createConnectionTypeSchema,
    update: updateConnectionTypeSchema,
    labels,
    read: (form) => ({ description: text(form, "description"), fields }),
    onDone,
  });

  return (
    <AssetFormShell label="connection type" editingName={editing?.name} errors={errors} error={save.error} pending={save.isPending} onSubmit={onSubmit} onCancel={onDone} defaultDescription={editing?.description}>
      <FieldEditor fields={fields} onChange={setFields} error={errors.fields} />
    </AssetFormShell>
  );
}

export function ConnectionTypesPanel() {
  const query = useAssetList<ConnectionTypeView>("connection-types");
  return (
    <AssetPanel
      collection="connection-types"
      label="connection type"
      query={query}
      columns={[
        {
          header: "Fields",
          cell: (t) => (
            <span className="flex flex-wrap gap-1">
              {t.fields.map((f) => (
                <Badge key={f.name} tone={f.isSecret ? "purple" : "gray"}>{f.name}{f.isSecret ? " (secret)" : ""}</Badge>
              ))}
            </span>
          ),
        },
      ]}
      form={(editing, done) => <ConnectionTypeForm editing={editing} onDone={done} />}
    />
  );
}
