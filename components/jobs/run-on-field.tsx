"use client";

import { Field, Input } from "@/components/ui/field";

/** The worker group a job runs on; empty means the runbook's default group. */
export function RunOnField({ value, onChange, defaultRunOn }: { value: string; onChange: (value: string) => void; defaultRunOn: string | null }) {
  return (
    <Field label="Run on" hint={`Worker group; leave empty for ${defaultRunOn ?? "the default group"}.`}>
      {(p) => <Input {...p} value={value} onChange={(e) => onChange(e.target.value)} placeholder={defaultRunOn ?? "default"} spellCheck={false} />}
    </Field>
  );
}
