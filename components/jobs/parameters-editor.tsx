"use client";

import { Button } from "@/components/ui/button";
import { Input, Textarea } from "@/components/ui/field";

export interface ParameterRow {
  key: string;
  name: string;
  value: string;
}

let rowKey = 0;
export const newParameterRow = (name = "", value = ""): ParameterRow => ({ key: `p${++rowKey}`, name, value });

/** Rows → object. Values stay strings: PowerShell's binder converts them to each parameter's type. */
export function rowsToParameters(rows: ParameterRow[]): Record<string, unknown> {
  return Object.fromEntries(rows.filter((r) => r.name.trim()).map((r) => [r.name.trim(), r.value]));
}

export function parseParametersJson(text: string): { value?: Record<string, unknown>; error?: string } {
  if (!text.trim()) return { value: {} };
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return { error: "Parameters must be a JSON object, e.g. {\"Name\": \"World\"}" };
    return { value: parsed as Record<string, unknown> };
  } catch (err) {
    return { error: `Not valid JSON: ${(err as Error).message}` };
  }
}

export function ParameterRowsEditor({ rows, onChange }: { rows: ParameterRow[]; onChange: (rows: ParameterRow[]) => void }) {
  const update = (key: string, patch: Partial<ParameterRow>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  return (
    <div className="space-y-2">
      {rows.length === 0 ? <p className="text-sm text-slate-500">No parameters: the runbook's defaults apply.</p> : null}
      {rows.map((row, i) => (
        <div key={row.key} className="flex items-center gap-2">
          <div className="w-2/5 shrink-0">
            <Input aria-label={`Parameter ${i + 1} name`} placeholder="Name" value={row.name} onChange={(e) => update(row.key, { name: e.target.value })} className="font-mono" spellCheck={false} />
          </div>
          <div className="min-w-0 flex-1">
            <Input aria-label={`Parameter ${i + 1} value`} placeholder="Value" value={row.value} onChange={(e) => update(row.key, { value: e.target.value })} />
          </div>
          <Button variant="ghost" aria-label={`Remove parameter ${i + 1}`} onClick={() => onChange(rows.filter((r) => r.key !== row.key))}>
            ✕
          </Button>
        </div>
      ))}
      <Button variant="secondary" onClick={() => onChange([...rows, newParameterRow()])}>
        Add parameter
      </Button>
    </div>
  );
}

export function ParametersJsonEditor({ value, onChange, error, id }: { value: string; onChange: (text: string) => void; error?: string; id: string }) {
  return <Textarea id={id} aria-invalid={error ? true : undefined} rows={6} className="font-mono" value={value} onChange={(e) => onChange(e.target.value)} spellCheck={false} placeholder='{"Name": "World", "Count": 3}' />;
}
