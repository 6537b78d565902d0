"use client";

import { useEffect, type ReactNode } from "react";
import { debugScopes, type DebugScope, type DebugVariable } from "@/lib/debug/debug-protocol";
import { variablesKey, type VariablesAddress, type VariablesEntry } from "./debug-session-state";

interface VariablesPanelProps {
  frame: number;
  /** Kept by the debug panel, which outlives the pauses: `openKey`s of what is open. */
  open: ReadonlySet<string>;
  onOpenChange: (open: ReadonlySet<string>) => void;
  variables: Record<string, VariablesEntry>;
  onRequest: (address: VariablesAddress) => void;
}

const scopeLabels: Record<DebugScope, string> = { local: "Local", script: "Script", global: "Global" };

/** A list element's name is its index in brackets ("[0]"); anything else is a property or key name. */
function childSegment(name: string): string | number {
  const index = /^\[(\d+)\]$/.exec(name);
  return index ? Number(index[1]) : name;
}

/** At first only the Local scope is open. */
export const initiallyOpenVariables: ReadonlySet<string> = new Set([JSON.stringify(["local", []])]);

/** What stays open from one pause to the next: the scope and path, whatever the frame. */
const openKey = (address: Pick<VariablesAddress, "scope" | "path">) => JSON.stringify([address.scope, address.path]);

interface Expansion {
  isOpen: (address: VariablesAddress) => boolean;
  toggle: (address: VariablesAddress) => void;
}

/**
 * The chosen frame's Local, Script and Global variables; objects open lazily, one `variables` request
 * per level. What is open stays open across steps (and is asked for again, as values change).
 */
export function VariablesPanel({ frame, open, onOpenChange, variables, onRequest }: VariablesPanelProps) {
  const expansion: Expansion = {
    isOpen: (address) => open.has(openKey(address)),
    toggle: (address) => {
      const next = new Set(open);
      const k = openKey(address);
      if (!next.delete(k)) next.add(k);
      onOpenChange(next);
    },
  };
  return (
    <ul className="space-y-1" aria-label="Scopes">
      {debugScopes.map((scope) => (
        <VariableGroup key={scope} label={scopeLabels[scope]} address={{ frame, scope, path: [] }} variables={variables} onRequest={onRequest} expansion={expansion} depth={0} />
      ))}
    </ul>
  );
}

interface GroupProps {
  label: string;
  address: VariablesAddress;
  variables: Record<string, VariablesEntry>;
  onRequest: (address: VariablesAddress) => void;
  expansion: Expansion;
  depth: number;
  row?: DebugVariable;
}

/** A scope, or an expandable variable: closed it asks nothing; open it asks for its children once per pause. */
function VariableGroup({ label, address, variables, onRequest, expansion, depth, row }: GroupProps) {
  const open = expansion.isOpen(address);
  const key = variablesKey(address);
  const entry = variables[key];
  useEffect(() => {
    if (open && entry === undefined) onRequest(address);
    // `address` is rebuilt each render; its key says whether it changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, entry, key, onRequest]);

  const toggle = (
    <button
      type="button"
      aria-expanded={open}
      onClick={() => expansion.toggle(address)}
      className="inline-flex min-w-0 items-center gap-1 rounded text-left font-medium text-slate-900 hover:bg-slate-100"
      aria-label={row ? `${open ? "Collapse" : "Expand"} ${label}` : undefined}
    >
      <span aria-hidden="true" className="inline-block w-3 text-slate-500">
        {open ? "▾" : "▸"}
      </span>
      {row ? <span className="truncate font-mono">{label}</span> : <span>{label}</span>}
    </button>
  );

  return (
    <li className="list-none" style={{ paddingLeft: depth ? "0.75rem" : 0 }}>
      {row ? <VariableLine toggle={toggle} variable={row} /> : toggle}
      {open ? <VariableChildren address={address} entry={entry} variables={variables} onRequest={onRequest} expansion={expansion} depth={depth + 1} /> : null}
    </li>
  );
}

function VariableChildren({ address, entry, variables, onRequest, expansion, depth }: { address: VariablesAddress; entry: VariablesEntry | undefined; variables: Record<string, VariablesEntry>; onRequest: (a: VariablesAddress) => void; expansion: Expansion; depth: number }) {
  if (!entry || entry.status === "loading") return <p className="pl-4 text-xs text-slate-500">Loading…</p>;
  if (entry.status === "failed") return <p className="pl-4 text-xs text-red-700">{entry.message}</p>;
  if (!entry.variables.length) return <p className="pl-4 text-xs text-slate-500">(none)</p>;
  return (
    <ul className="space-y-0.5" data-testid="variables-list">
      {entry.variables.map((v) =>
        v.expandable ? (
          <VariableGroup key={v.name} label={v.name} row={v} address={{ ...address, path: [...address.path, childSegment(v.name)] }} variables={variables} onRequest={onRequest} expansion={expansion} depth={depth} />
        ) : (
          <li key={v.name} className="list-none" style={{ paddingLeft: "0.75rem" }}>
            <VariableLine variable={v} />
          </li>
        ),
      )}
      {entry.truncated ? <li className="list-none pl-4 text-xs text-amber-800">truncated: PowerShell sent only the first {entry.variables.length}</li> : null}
    </ul>
  );
}

/** Name, type and value; on a narrow screen the value wraps under the name. */
function VariableLine({ variable, toggle }: { variable: DebugVariable; toggle?: ReactNode }) {
  return (
    <div className="grid grid-cols-1 gap-x-3 text-xs sm:grid-cols-[minmax(0,12rem)_minmax(0,1fr)]" data-variable={variable.name}>
      <div className="flex min-w-0 items-baseline gap-2">
        {toggle ?? <span className="truncate pl-4 font-mono font-medium text-slate-900">{variable.name}</span>}
        <span className="truncate text-slate-500" title={variable.type}>
          {variable.type.replace(/^System\./, "")}
        </span>
      </div>
      <span className="min-w-0 pl-4 font-mono break-all text-slate-800 sm:pl-0" data-testid="variable-value">
        {variable.value}
      </span>
    </div>
  );
}
