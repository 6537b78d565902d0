"use client";

import { useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { ErrorMessage } from "@/components/ui/error-message";
import { cn } from "@/components/ui/cn";
import { streamTypes, type StreamType } from "@/lib/jobs/stream-types";
import type { JobStreamRecordView } from "@/lib/jobs/job-views";
import { StreamRecordRow } from "./stream-record-row";
import type { StreamConnection } from "./use-job-stream";

// An output object whose console line came with a later record (a table the formatter was still sizing).
const printsNothing = (r: JobStreamRecordView) => r.type === "output" && (r.data as { lines?: unknown } | null)?.lines === 0;

const connectionLabels: Record<StreamConnection, string> = {
  connecting: "Connecting…",
  live: "Live",
  reconnecting: "Reconnecting…",
  closed: "",
};

interface JobStreamsProps {
  records: JobStreamRecordView[];
  loading: boolean;
  error: unknown;
  connection: StreamConnection;
  /** Controls shown in the header, such as the log download. */
  actions?: ReactNode;
}

/**
 * The job's output as a console: one colour per stream type and the colours the runbook wrote,
 * filterable and searchable, with times and record details on demand, following new lines.
 */
export function JobStreams({ records, loading, error, connection, actions }: JobStreamsProps) {
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const [search, setSearch] = useState("");
  const [showTime, setShowTime] = useState(false);
  const needle = search.trim().toLowerCase();
  const counts = useMemo(() => {
    const c = new Map<string, number>();
    for (const r of records) c.set(r.type, (c.get(r.type) ?? 0) + 1);
    return c;
  }, [records]);
  const visible = useMemo(() => records.filter((r) => !printsNothing(r) && !hidden.has(r.type) && (!needle || r.text.toLowerCase().includes(needle))), [records, hidden, needle]);

  // Follow new lines only while the reader is at the bottom, so scrolling up to read is not interrupted.
  const box = useRef<HTMLDivElement>(null);
  const atBottom = useRef(true);
  useEffect(() => {
    if (atBottom.current && box.current) box.current.scrollTop = box.current.scrollHeight;
  }, [visible.length]);

  const toggle = (type: StreamType) =>
    setHidden((prev) => {
      const next = new Set(prev);
      if (next.has(type)) next.delete(type);
      else next.add(type);
      return next;
    });

  return (
    <section aria-labelledby="job-streams" className="rounded-lg border border-slate-200 bg-white shadow-sm">
      <header className="flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 px-4 py-3">
        <h2 id="job-streams" className="text-sm font-semibold">
          Output and streams
        </h2>
        <div className="flex flex-wrap items-center gap-1.5" role="group" aria-label="Show stream types">
          {streamTypes
            .filter((t) => counts.has(t))
            .map((t) => (
              <button
                key={t}
                type="button"
                aria-pressed={!hidden.has(t)}
                onClick={() => toggle(t)}
                className={cn(
                  "rounded-full px-2.5 py-0.5 text-xs font-medium ring-1 ring-inset",
                  hidden.has(t) ? "bg-white text-slate-500 ring-slate-200 line-through" : "bg-slate-800 text-white ring-slate-800",
                )}
              >
                {t} {counts.get(t)}
              </button>
            ))}
          {connectionLabels[connection] ? (
            <span className="ml-2 inline-flex items-center gap-1.5 text-xs text-slate-500">
              <span aria-hidden="true" className={cn("size-2 rounded-full", connection === "live" ? "animate-pulse bg-emerald-500" : "bg-amber-400")} />
              {connectionLabels[connection]}
            </span>
          ) : null}
        </div>
      </header>
      <div className="flex flex-wrap items-center gap-3 border-b border-slate-200 px-4 py-2">
        <input
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          placeholder="Search the output"
          aria-label="Search the output"
          className="min-w-48 flex-1 rounded-md border-0 py-1.5 px-3 text-sm shadow-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-indigo-600"
        />
        <label className="flex items-center gap-1.5 text-xs text-slate-600">
          <input type="checkbox" checked={showTime} onChange={(e) => setShowTime(e.target.checked)} className="size-4" /> Times
        </label>
        {needle ? (
          <span className="text-xs text-slate-500" data-testid="stream-match-count">
            {visible.length} matching {visible.length === 1 ? "line" : "lines"}
          </span>
        ) : null}
        {actions}
      </div>
      <ErrorMessage error={error} title="Could not load the job's streams" className="m-4" />
      <div
        ref={box}
        onScroll={(e) => {
          const el = e.currentTarget;
          atBottom.current = el.scrollHeight - el.scrollTop - el.clientHeight < 24;
        }}
        role="log"
        aria-label="Job streams"
        tabIndex={0}
        data-testid="job-streams"
        className="max-h-[60vh] min-h-40 overflow-auto rounded-b-lg bg-slate-950 p-3 font-mono text-[13px] leading-relaxed"
      >
        {visible.length === 0 ? (
          <p className="text-slate-400">{needle && records.length ? "No line matches the search." : loading ? "Loading…" : connection === "closed" ? "This job wrote nothing." : "Waiting for output…"}</p>
        ) : (
          visible.map((r) => <StreamRecordRow key={r.seq} record={r} needle={needle} showTime={showTime} />)
        )}
      </div>
    </section>
  );
}
