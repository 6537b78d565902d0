"use client";

import type { ScriptParseError } from "@/lib/pwsh/parse-result";

/** The result of PowerShell's parse of the text; each error moves the cursor to where it is. */
export function ParseErrorList({ errors, stale, onSelect }: { errors: ScriptParseError[]; stale: boolean; onSelect: (error: ScriptParseError) => void }) {
  if (!errors.length) {
    return (
      <p className="text-sm text-emerald-700" data-testid="parse-result">
        <span aria-hidden="true">✓</span> PowerShell found no syntax errors{stale ? " (before your latest edits)" : ""}.
      </p>
    );
  }
  return (
    <section aria-labelledby="parse-errors-title" className="rounded-md border border-red-200 bg-red-50 p-3" data-testid="parse-result">
      <h2 id="parse-errors-title" className="text-sm font-semibold text-red-800">
        {errors.length === 1 ? "1 syntax error" : `${errors.length} syntax errors`}
        {stale ? <span className="font-normal text-red-700"> (before your latest edits)</span> : null}
      </h2>
      <ul className="mt-1 space-y-0.5">
        {errors.map((e, i) => (
          <li key={`${e.line}:${e.column}:${i}`}>
            <button type="button" onClick={() => onSelect(e)} className="text-left text-sm text-red-800 hover:underline">
              <span className="font-mono">
                Line {e.line}, column {e.column}
              </span>
              : {e.message}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
