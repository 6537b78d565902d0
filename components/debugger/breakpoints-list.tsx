"use client";

import { useId, useState, type FormEvent } from "react";
import { debugBreakpointSchema, type DebugBreakpoint } from "@/lib/debug/debug-protocol";
import { Button } from "@/components/ui/button";
import { describeBreakpoint, type ShownBreakpoint } from "./breakpoint-edits";

interface BreakpointsListProps {
  breakpoints: ShownBreakpoint[];
  onEdit: (line: number, edit: { condition?: string; hitCount?: number }) => void;
  onRemove: (line: number) => void;
}

/** Every breakpoint, with its condition and hit count editable in place and PowerShell's word on those it could not set. */
export function BreakpointsList({ breakpoints, onEdit, onRemove }: BreakpointsListProps) {
  const [editing, setEditing] = useState<number | null>(null);
  if (!breakpoints.length) return <p className="text-xs text-slate-500">Click beside a line number in the editor (or press F9 on a line) to set a breakpoint.</p>;
  return (
    <ul className="space-y-1" aria-label="Breakpoints">
      {breakpoints.map((b) => (
        <li key={b.line} className="rounded px-2 py-1 text-xs">
          <div className="flex min-w-0 flex-wrap items-center justify-between gap-2">
            <span className="flex min-w-0 items-center gap-2">
              <span aria-hidden="true" className={b.verified ? "size-2.5 shrink-0 rounded-full bg-red-600" : "size-2.5 shrink-0 rounded-full border-2 border-slate-500"} />
              <span className="min-w-0 font-mono break-all">{describeBreakpoint(b)}</span>
            </span>
            <span className="flex gap-1">
              <Button size="sm" variant="ghost" aria-expanded={editing === b.line} onClick={() => setEditing(editing === b.line ? null : b.line)} aria-label={`Edit breakpoint on line ${b.line}`}>
                Edit
              </Button>
              <Button size="sm" variant="ghost" onClick={() => onRemove(b.line)} aria-label={`Remove breakpoint on line ${b.line}`}>
                Remove
              </Button>
            </span>
          </div>
          {b.verified ? null : <p className="pl-4 text-slate-600">Not set: {b.message ?? "PowerShell could not place it."}</p>}
          {editing === b.line ? (
            <BreakpointForm
              breakpoint={b}
              onCancel={() => setEditing(null)}
              onSave={(edit) => {
                onEdit(b.line, edit);
                setEditing(null);
              }}
            />
          ) : null}
        </li>
      ))}
    </ul>
  );
}

const input = "block w-full rounded-md border-0 bg-white px-2 py-1 font-mono text-xs text-slate-900 ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-indigo-600 focus:outline-none aria-[invalid=true]:ring-red-500";

/** Condition and hit count, checked by the schema the API parses. */
function BreakpointForm({ breakpoint, onSave, onCancel }: { breakpoint: DebugBreakpoint; onSave: (edit: { condition?: string; hitCount?: number }) => void; onCancel: () => void }) {
  const id = useId();
  const [condition, setCondition] = useState(breakpoint.condition ?? "");
  const [hitCount, setHitCount] = useState(breakpoint.hitCount?.toString() ?? "");
  const [errors, setErrors] = useState<{ condition?: string; hitCount?: string }>({});

  function submit(e: FormEvent) {
    e.preventDefault();
    const candidate = { line: breakpoint.line, ...(condition.trim() ? { condition } : {}), ...(hitCount.trim() ? { hitCount: Number(hitCount) } : {}) };
    const parsed = debugBreakpointSchema.safeParse(candidate);
    if (!parsed.success) {
      const found: { condition?: string; hitCount?: string } = {};
      for (const issue of parsed.error.issues) {
        if (issue.path[0] === "condition") found.condition = `Condition ${issue.message}.`;
        if (issue.path[0] === "hitCount") found.hitCount = `Hit count ${issue.message}.`;
      }
      setErrors(found);
      return;
    }
    onSave({ condition: parsed.data.condition, hitCount: parsed.data.hitCount });
  }

  return (
    <form onSubmit={submit} noValidate className="mt-2 space-y-2 rounded-md bg-slate-50 p-2" aria-label={`Breakpoint on line ${breakpoint.line}`}>
      <div>
        <label htmlFor={`${id}-condition`} className="block font-medium text-slate-800">
          Condition
        </label>
        <input id={`${id}-condition`} autoFocus value={condition} onChange={(e) => setCondition(e.target.value)} placeholder="$i -gt 2" className={input} aria-invalid={errors.condition ? true : undefined} aria-describedby={`${id}-condition-hint${errors.condition ? ` ${id}-condition-error` : ""}`} />
        <p id={`${id}-condition-hint`} className="text-slate-600">A PowerShell expression; the line pauses only when it is true.</p>
        {errors.condition ? <p id={`${id}-condition-error`} className="text-red-700">{errors.condition}</p> : null}
      </div>
      <div>
        <label htmlFor={`${id}-hits`} className="block font-medium text-slate-800">
          Hit count
        </label>
        <input id={`${id}-hits`} inputMode="numeric" value={hitCount} onChange={(e) => setHitCount(e.target.value)} className={`${input} max-w-[8rem]`} aria-invalid={errors.hitCount ? true : undefined} aria-describedby={`${id}-hits-hint${errors.hitCount ? ` ${id}-hits-error` : ""}`} />
        <p id={`${id}-hits-hint`} className="text-slate-600">Pause on exactly this hit (counting hits whose condition held); empty pauses on every hit.</p>
        {errors.hitCount ? <p id={`${id}-hits-error`} className="text-red-700">{errors.hitCount}</p> : null}
      </div>
      <div className="flex gap-2">
        <Button size="sm" type="submit" variant="primary">
          Save breakpoint
        </Button>
        <Button size="sm" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
