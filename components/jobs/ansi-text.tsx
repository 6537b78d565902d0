"use client";

import { useMemo, type CSSProperties, type ReactNode } from "react";
import { ansiSpans, type AnsiSpan } from "@/lib/jobs/ansi-spans";

/** `text` with every case-insensitive occurrence of `needle` wrapped in a <mark>. */
export function Highlighted({ text, needle }: { text: string; needle: string }) {
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

function styleOf(span: AnsiSpan): CSSProperties | undefined {
  if (!span.color && !span.background && !span.bold && !span.dim && !span.italic && !span.underline && !span.strikethrough) return undefined;
  return {
    color: span.color,
    backgroundColor: span.background,
    fontWeight: span.bold ? 600 : undefined,
    opacity: span.dim ? 0.7 : undefined,
    fontStyle: span.italic ? "italic" : undefined,
    textDecoration: [span.underline && "underline", span.strikethrough && "line-through"].filter(Boolean).join(" ") || undefined,
  };
}

/**
 * A record's text in the colours the runbook wrote it in (data.ansi: Write-Host -ForegroundColor,
 * $PSStyle), with search matches highlighted; plain text when it has no colour.
 */
export function AnsiText({ text, ansi, needle }: { text: string; ansi?: string; needle: string }) {
  const spans = useMemo(() => (ansi ? ansiSpans(ansi) : null), [ansi]);
  if (!spans) return <Highlighted text={text} needle={needle} />;
  return (
    <>
      {spans.map((span, i) => (
        <span key={i} style={styleOf(span)} data-ansi-styled={styleOf(span) ? "" : undefined}>
          <Highlighted text={span.text} needle={needle} />
        </span>
      ))}
    </>
  );
}
