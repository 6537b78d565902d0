"use client";

import type { DebugFrame } from "@/lib/debug/debug-protocol";
import { cn } from "@/components/ui/cn";

/** The paused call stack; choosing a frame shows its variables and, in the runbook, its line. */
export function CallStackList({ stack, selected, onSelect }: { stack: DebugFrame[]; selected: number; onSelect: (frame: number) => void }) {
  if (!stack.length) return <p className="text-xs text-slate-500">No call stack.</p>;
  return (
    <ol className="space-y-0.5" aria-label="Call stack">
      {stack.map((f) => (
        <li key={f.index}>
          <button
            type="button"
            aria-current={f.index === selected ? "true" : undefined}
            onClick={() => onSelect(f.index)}
            className={cn("flex w-full min-w-0 items-baseline justify-between gap-3 rounded px-2 py-1 text-left text-xs hover:bg-slate-100", f.index === selected ? "bg-indigo-50 ring-1 ring-indigo-200 ring-inset" : "")}
          >
            <span className="truncate font-mono font-medium text-slate-900">{f.functionName}</span>
            <span className="shrink-0 text-slate-600">
              {f.script ?? "(no file)"}:{f.line}
            </span>
          </button>
        </li>
      ))}
    </ol>
  );
}
