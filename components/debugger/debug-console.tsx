"use client";

import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import type { ConsoleEntry } from "./debug-session-state";

interface DebugConsoleProps {
  entries: ConsoleEntry[];
  /** Evaluation needs a paused script. */
  paused: boolean;
  frame: number;
  onEvaluate: (frame: number, expression: string) => void;
}

/** Evaluates PowerShell in the chosen frame while paused; the debugger's keys do not fire while typing here. */
export function DebugConsole({ entries, paused, frame, onEvaluate }: DebugConsoleProps) {
  const id = useId();
  const [expression, setExpression] = useState("");

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!paused || !expression.trim()) return;
    onEvaluate(frame, expression.trim());
    setExpression("");
  }

  return (
    <div className="space-y-2">
      {entries.length ? (
        <ol role="log" aria-label="Console output" className="max-h-64 space-y-2 overflow-y-auto rounded-md bg-slate-900 p-2 font-mono text-xs text-slate-100">
          {entries.map((c) => (
            <li key={c.requestId} data-testid="console-entry">
              <p className="text-sky-300">
                <span aria-hidden="true">PS&gt; </span>
                {c.expression}
                {c.frame ? <span className="text-slate-400"> (frame {c.frame})</span> : null}
              </p>
              {c.status === "pending" ? <p className="text-slate-400">…</p> : null}
              {c.output ? <pre className="break-words whitespace-pre-wrap">{c.output}</pre> : null}
              {c.error ? <pre className="break-words whitespace-pre-wrap text-red-300">{c.error}</pre> : null}
            </li>
          ))}
        </ol>
      ) : null}
      <form onSubmit={submit} className="flex min-w-0 gap-2">
        <label htmlFor={`${id}-expression`} className="sr-only">
          PowerShell expression
        </label>
        <input
          id={`${id}-expression`}
          value={expression}
          onChange={(e) => setExpression(e.target.value)}
          placeholder={paused ? "$variable, Get-Date, …" : "Pause the script to evaluate"}
          autoComplete="off"
          spellCheck={false}
          className="block w-full min-w-0 rounded-md border-0 bg-white px-2 py-1.5 font-mono text-xs text-slate-900 ring-1 ring-slate-300 ring-inset placeholder:text-slate-500 focus:ring-2 focus:ring-indigo-600 focus:outline-none"
        />
        <Button size="sm" type="submit" disabled={!paused || !expression.trim()}>
          Evaluate
        </Button>
      </form>
    </div>
  );
}
