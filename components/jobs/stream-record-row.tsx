"use client";

import { useId, useState } from "react";
import { cn } from "@/components/ui/cn";
import type { StreamType } from "@/lib/jobs/stream-types";
import type { JobStreamRecordView } from "@/lib/jobs/job-views";
import { AnsiText } from "./ansi-text";
import { hasDetails, RecordDetails } from "./record-details";

const typeStyles: Record<StreamType, { line: string; label: string }> = {
  output: { line: "text-slate-100", label: "text-slate-400" },
  error: { line: "text-red-300", label: "text-red-400" },
  warning: { line: "text-amber-200", label: "text-amber-400" },
  verbose: { line: "text-sky-300", label: "text-sky-400" },
  debug: { line: "text-fuchsia-300", label: "text-fuchsia-400" },
  information: { line: "text-teal-200", label: "text-teal-400" },
  progress: { line: "text-indigo-200", label: "text-indigo-400" },
  console: { line: "text-slate-300", label: "text-slate-400" },
  system: { line: "italic text-slate-400", label: "text-slate-400" },
};

function styleOf(type: string): { line: string; label: string } {
  return (typeStyles as Record<string, { line: string; label: string }>)[type] ?? typeStyles.console;
}

/** The record's time as the reader's clock shows it, to the millisecond. */
function clockTime(ts: string): string {
  const d = new Date(ts);
  return `${d.toLocaleTimeString("en-GB", { hour12: false })}.${String(d.getMilliseconds()).padStart(3, "0")}`;
}

/** A system record that starts the run after a resume: drawn as a separator across the log. */
export function isResumeMarker(record: JobStreamRecordView): boolean {
  return record.type === "system" && (record.data as { event?: unknown } | null)?.event === "resumed";
}

/** One record of the job log: optional time, stream type, text in its colours, and its details on demand. */
export function StreamRecordRow({ record, needle, showTime }: { record: JobStreamRecordView; needle: string; showTime: boolean }) {
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  if (isResumeMarker(record)) {
    return (
      <div role="separator" aria-label={record.text} className="my-2 flex items-center gap-3 text-xs text-slate-400" data-stream-type="system">
        <span className="h-px flex-1 bg-slate-600" />
        <span>{record.text}</span>
        <span className="h-px flex-1 bg-slate-600" />
      </div>
    );
  }
  const style = styleOf(record.type);
  const ansi = (record.data as { ansi?: unknown } | null)?.ansi;
  return (
    <div className="flex gap-3" data-stream-type={record.type}>
      {showTime ? (
        <time dateTime={record.ts} className="shrink-0 select-none text-slate-400" data-testid="record-time">
          {clockTime(record.ts)}
        </time>
      ) : null}
      <span className={cn("w-24 shrink-0 select-none text-right uppercase", style.label)}>{record.type}</span>
      <div className="min-w-0 flex-1">
        <span className={cn("whitespace-pre-wrap break-words", style.line)}>
          <AnsiText text={record.text} ansi={typeof ansi === "string" ? ansi : undefined} needle={needle} />
        </span>
        {hasDetails(record) ? (
          <>
            <button
              type="button"
              aria-expanded={open}
              aria-controls={open ? detailsId : undefined}
              onClick={() => setOpen((v) => !v)}
              className="ml-2 rounded px-1 text-xs text-slate-400 underline decoration-dotted hover:text-slate-200 focus-visible:outline focus-visible:outline-2 focus-visible:outline-indigo-400"
            >
              {open ? "Hide details" : "Details"}
            </button>
            {open ? <RecordDetails record={record} id={detailsId} /> : null}
          </>
        ) : null}
      </div>
    </div>
  );
}
