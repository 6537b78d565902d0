"use client";

import { useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { ErrorMessage } from "@/components/ui/error-message";
import { cn } from "@/components/ui/cn";
import { streamTypes, type StreamType } from "@/lib/jobs/stream-types";
import type { JobStreamRecordView } from "@/lib/jobs/job-views";
import type { StreamConnection } from "./use-job-stream";

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

/** `text` with every case-insensitive occurrence of `needle` wrapped in a <mark>. */
function Highlighted({ text, needle }: { text: string; needle: string }) {
  if (!needle) return <>{text}</>;
  const parts: ReactNode[] = [];
  const lower = text.toLowerCase();
  let from = 0;
  for (let at = lower.indexOf(needle, from); at !== -1; at = lower.indexOf(needle, from)) {
    parts.push(text.slice(from, at), <mark key={at} className="rounded-sm bg-amber-300 text-slate-950">{text.slice(at, at + needle.length)}</mark>);
    from = at + needle.length;
  }
  parts.push(text.slice(from));
  return <>{parts}</>;
}

/** The job's output as a console: one colour per stream type, filterable and searchable, following new lines. */
export function JobStreams({ records, loading, error, connection, actions }: JobStreamsProps) {
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const [search, setSearch] = useState("");
  const needle = search.trim().toLowerCase();
  const counts = useMemo(() => {
    const c = new Map<string, number>();
    for (const r of records) c.set(r.type, (c.get(r.type) ?? 0) + 1);
    return c;
  }, [records]);
  const visible = useMemo(() => records.filter((r) => !hidden.has(r.type) && (!needle || r.text.toLowerCase().includes(needle))), [records, hidden, needle]);

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
          visible.map((r) => (
            <div key={r.seq} className="flex gap-3" data-stream-type={r.type}>
              <span className={cn("w-24 shrink-0 select-none text-right uppercase", styleOf(r.type).label)}>{r.type}</span>
              <span className={cn("whitespace-pre-wrap break-all", styleOf(r.type).line)}>
                <Highlighted text={r.text} needle={needle} />
              </span>
            </div>
          ))
        )}
      </div>
    </section>
  );
}
