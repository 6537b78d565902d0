"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import type { TestPaneDebugging } from "@/components/debugger/use-runbook-debugger";
import { fetchJson } from "@/components/api/fetch-json";
import { GeneratedParametersForm } from "@/components/jobs/generated-parameters-form";
import { JobActions } from "@/components/jobs/job-actions";
import { JobStatusBadge } from "@/components/jobs/job-status-badge";
import { JobStreams } from "@/components/jobs/job-streams";
import { initialRawValues, rawValuesToParameters, serverParameterError, type RawParameterValues } from "@/components/jobs/parameter-form-values";
import { useJobStream } from "@/components/jobs/use-job-stream";
import { useJob } from "@/components/jobs/use-jobs";
import { Button } from "@/components/ui/button";
import { ErrorMessage } from "@/components/ui/error-message";
import type { JobDetail } from "@/lib/jobs/job-views";
import { isJobStatus, isTerminal } from "@/lib/job-lifecycle/statuses";
import type { ScriptParameter } from "@/lib/pwsh/parse-result";
import type { TestDraftInput } from "@/lib/jobs/start-job-schema";
import { ProgressBars } from "@/components/jobs/progress-bars";

interface TestPaneProps {
  runbookId: string;
  /** The saved draft's param() block. */
  parameters: ScriptParameter[];
  /** Saves unsaved edits first, so the test runs what the author sees; false when saving failed. */
  saveFirst: () => Promise<boolean>;
  /** job.control on the runbook's tags: the test job's Stop button. */
  canStop: boolean;
  /** The debugger: Debug runs the same test under PowerShell's debugger and opens its panel. */
  debugging?: TestPaneDebugging;
}

/** Runs the draft as a test job and shows its streams live, with Write-Progress as bars and a Stop button. */
export function TestPane({ runbookId, parameters, saveFirst, canStop, debugging }: TestPaneProps) {
  const [raw, setRaw] = useState<RawParameterValues>(() => initialRawValues(parameters));
  // Saving can change the param() block; keep what was typed for parameters that still exist.
  const signature = JSON.stringify(parameters);
  const [formFor, setFormFor] = useState(signature);
  if (formFor !== signature) {
    setFormFor(signature);
    setRaw((old) => ({ ...initialRawValues(parameters), ...Object.fromEntries(Object.entries(old).filter(([name]) => parameters.some((p) => p.name === name))) }));
  }
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [verbose, setVerbose] = useState(true);
  const [debug, setDebug] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  const start = useMutation({
    mutationFn: (input: TestDraftInput) => fetchJson<JobDetail>(`/api/v1/runbooks/${runbookId}/draft/test`, { method: "POST", body: input }),
    onSuccess: (job) => setJobId(job.id),
  });

  /** The form's values as the test's input, or null when a field is wrong or the draft did not save. */
  async function readInput(): Promise<TestDraftInput | null> {
    const { values, errors } = rawValuesToParameters(parameters, raw);
    setFieldErrors(errors);
    if (Object.keys(errors).length || !(await saveFirst())) return null;
    return { parameters: values, verbose, debug };
  }

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    debugging?.reset();
    const input = await readInput();
    if (input) start.mutate(input);
  }

  async function onDebug() {
    if (!debugging) return;
    start.reset();
    const input = await readInput();
    if (!input) return;
    const started = await debugging.start(input);
    if (started) setJobId(started);
  }

  // PowerShell's refusal of one parameter shows beside that field, as the browser's own checks do.
  const startError = start.error ?? debugging?.error ?? null;
  const refused = serverParameterError(startError, parameters);
  const errors = refused ? { ...fieldErrors, [refused.name]: refused.message } : fieldErrors;

  return (
    <section aria-labelledby="test-pane-title" className="rounded-lg border border-slate-200 bg-white shadow-sm">
      <header className="border-b border-slate-200 px-4 py-3">
        <h2 id="test-pane-title" className="text-sm font-semibold">
          Test pane
        </h2>
        <p className="text-xs text-slate-500">Runs the saved draft on a worker as a test job; nothing is published.</p>
      </header>
      <div className="space-y-6 p-4">
        <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-4">
          <GeneratedParametersForm
            parameters={parameters}
            values={raw}
            errors={errors}
            onChange={(name, value) => {
              setRaw((old) => ({ ...old, [name]: value }));
              if (refused?.name === name) start.reset();
            }}
          />
          <fieldset className="space-y-1">
            <legend className="text-sm font-medium text-slate-800">Also capture</legend>
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" checked={verbose} onChange={(e) => setVerbose(e.target.checked)} className="size-4" /> Verbose
            </label>
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" checked={debug} onChange={(e) => setDebug(e.target.checked)} className="size-4" /> Debug
            </label>
          </fieldset>
          <ErrorMessage error={refused ? new Error(`PowerShell refused the value of ${refused.name}.`) : startError} title={start.error || !debugging?.error ? "The test did not start" : "The debug session did not start"} />
          <div className="flex flex-wrap gap-2">
            <Button type="submit" variant="primary" pending={start.isPending} disabled={debugging?.active} title={debugging?.active ? "Stop or finish the debug session first" : undefined}>
              Run test
            </Button>
            {debugging ? (
              <Button onClick={() => void onDebug()} pending={debugging.starting} disabled={debugging.active || start.isPending} title={debugging.active ? "A debug session is running" : "Run the test under the debugger, pausing at breakpoints"}>
                Debug
              </Button>
            ) : null}
          </div>
        </form>
        {debugging?.panel}
        <div className="min-w-0">{jobId ? <TestRun key={jobId} jobId={jobId} canStop={canStop} /> : <p className="text-sm text-slate-500">Run a test to see its output here.</p>}</div>
      </div>
    </section>
  );
}

function TestRun({ jobId, canStop }: { jobId: string; canStop: boolean }) {
  const job = useJob(jobId);
  const finished = job.data ? isJobStatus(job.data.status) && isTerminal(job.data.status) : undefined;
  const stream = useJobStream(jobId, finished);
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="flex items-center gap-2 text-sm">
          Test job {job.data ? <JobStatusBadge status={job.data.status} testId="test-job-status" /> : null}
          <Link href={`/jobs/${jobId}`} className="text-indigo-700 hover:underline">
            Open job
          </Link>
        </p>
        {job.data ? <JobActions jobId={jobId} actions={job.data.allowedActions.filter((a) => a === "stop")} allowed={canStop} ask={false} /> : null}
      </div>
      <ErrorMessage error={job.error} title="Could not load the test job" />
      <ProgressBars records={stream.records} />
      <JobStreams records={stream.records} loading={stream.loading} error={stream.error} connection={stream.connection} />
    </div>
  );
}
