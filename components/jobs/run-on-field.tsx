"use client";

import { useCan } from "@/components/auth/principal-context";
import { Field } from "@/components/ui/field";
import { WorkerGroupSelect } from "@/components/workers/worker-group-select";

/** The worker group a job runs on; empty means the runbook's default group. */
export function RunOnField({ value, onChange, defaultRunOn, error }: { value: string; onChange: (value: string) => void; defaultRunOn: string | null; error?: string }) {
  const canList = useCan("worker.read");
  const fallback = defaultRunOn ?? "default";
  return (
    <Field
      label="Run on"
      error={error}
      hint={canList ? "The worker group whose workers run the job." : `Type a worker group's name (you may not list them), or leave empty for ${fallback}.`}
    >
      {(p) => <WorkerGroupSelect {...p} value={value} onChange={onChange} emptyLabel={`Runbook default (${fallback})`} />}
    </Field>
  );
}
