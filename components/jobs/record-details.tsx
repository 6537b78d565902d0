"use client";

import type { JobStreamRecordView } from "@/lib/jobs/job-views";

interface ErrorData {
  message?: string;
  categoryInfo?: string;
  category?: string;
  fqid?: string;
  exceptionType?: string;
  position?: string;
  scriptStackTrace?: string;
  terminating?: boolean;
}

interface InformationData {
  tags?: string[];
  source?: string;
  shown?: boolean;
}

function Item({ label, children }: { label: string; children: string | undefined | null }) {
  if (!children) return null;
  return (
    <div className="grid gap-x-3 sm:grid-cols-[9rem_1fr]">
      <dt className="text-slate-400">{label}</dt>
      <dd className="whitespace-pre-wrap break-all text-slate-200">{children}</dd>
    </div>
  );
}

/** Whether a record has more to show than its text: an error's record, an information record's tags. */
export function hasDetails(record: JobStreamRecordView): boolean {
  if (record.type === "error") return true;
  const data = record.data as InformationData | null;
  // PSHOST only says Write-Host wrote it, which the record shows already.
  return record.type === "information" && !!data && ((data.tags ?? []).some((t) => t !== "PSHOST") || data.shown === false);
}

/** What PowerShell knows about a record beyond its text: an ErrorRecord's category, ids, position and stack. */
export function RecordDetails({ record, id }: { record: JobStreamRecordView; id: string }) {
  if (record.type === "error") {
    const d = (record.data ?? {}) as ErrorData;
    return (
      <dl id={id} className="mt-1 space-y-1 rounded border border-slate-700 bg-slate-900 p-2 text-xs">
        <Item label="Message">{d.message}</Item>
        <Item label="Category">{d.categoryInfo ?? d.category}</Item>
        <Item label="Error ID">{d.fqid}</Item>
        <Item label="Exception">{d.exceptionType}</Item>
        <Item label="Position">{d.position}</Item>
        <Item label="Script stack">{d.scriptStackTrace}</Item>
        {d.terminating ? <Item label="Ended the job">This error stopped the runbook.</Item> : null}
      </dl>
    );
  }
  const d = (record.data ?? {}) as InformationData;
  return (
    <dl id={id} className="mt-1 space-y-1 rounded border border-slate-700 bg-slate-900 p-2 text-xs">
      <Item label="Tags">{d.tags?.join(", ")}</Item>
      <Item label="Source">{d.source}</Item>
      {d.shown === false ? <Item label="In a console">Not shown: $InformationPreference was SilentlyContinue.</Item> : null}
    </dl>
  );
}
