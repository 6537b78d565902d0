"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";

/**
 * A secret the server never sends back. Creating: a plain password input. Editing: shown masked
 * with "Replace", which reveals an empty input; left masked, the form sends nothing and the stored
 * secret is kept.
 */
export function SecretInput({ label, name, editing, error, hint }: { label: string; name: string; editing: boolean; error?: string; hint?: string }) {
  const [replacing, setReplacing] = useState(!editing);
  if (!replacing) {
    return (
      <div className="space-y-1">
        <span className="block text-sm font-medium text-slate-800">{label}</span>
        <div className="flex items-center gap-2">
          <span className="font-mono text-sm text-slate-500" aria-label={`${label} (stored, hidden)`}>
            ••••••••
          </span>
          <Button onClick={() => setReplacing(true)} aria-label={`Replace ${label}`}>
            Replace
          </Button>
        </div>
      </div>
    );
  }
  return (
    <Field label={label} error={error} hint={hint}>
      {(p) => <Input {...p} name={name} type="password" autoComplete="new-password" />}
    </Field>
  );
}

/** The secret from a form built with SecretInput: undefined while it stays masked (keep the stored one). */
export function secretValue(form: FormData, name: string): string | undefined {
  const v = form.get(name);
  return v === null ? undefined : String(v);
}
