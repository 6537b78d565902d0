import { z } from "zod";
import type { DbOrTx } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { ansiToHtml, escapeHtml } from "./ansi-spans";

/** Records read per query: large enough to be quick, small enough that a 100k-record job never sits in memory. */
const pageSize = 2_000;

export const jobLogFormats = ["text", "ansi", "html"] as const;
export type JobLogFormat = (typeof jobLogFormats)[number];

/** Query of GET /api/v1/jobs/{jobId}/log. */
export const jobLogQuerySchema = z
  .object({
    format: z.enum(jobLogFormats, { error: `must be one of: ${jobLogFormats.join(", ")}` }).default("text"),
  })
  .strict();

/** How each format is served: plain text (colour dropped), text with the VT sequences, or a web page. */
export const jobLogMedia: Record<JobLogFormat, { contentType: string; extension: string }> = {
  text: { contentType: "text/plain; charset=utf-8", extension: "log" },
  ansi: { contentType: "text/plain; charset=utf-8", extension: "ansi.log" },
  html: { contentType: "text/html; charset=utf-8", extension: "html" },
};

interface LogRecord {
  ts: Date;
  type: string;
  text: string;
  data: unknown;
}

/** The record's text, coloured when the format keeps colour and the record has any. */
function textOf(r: LogRecord, format: JobLogFormat): string {
  const ansi = (r.data as { ansi?: unknown } | null)?.ansi;
  return format !== "text" && typeof ansi === "string" ? ansi : r.text;
}

/** One record as a log line: time, stream type and text; multi-line text is indented under its header. */
function formatLine(r: LogRecord, format: JobLogFormat): string {
  const [first = "", ...rest] = textOf(r, format).split(/\r?\n/);
  const head = `${r.ts.toISOString()} [${r.type.toUpperCase()}] ${first}`;
  return rest.length ? `${head}\n${rest.map((l) => `    ${l}`).join("\n")}\n` : `${head}\n`;
}

function formatHtmlRow(r: LogRecord): string {
  const ansi = (r.data as { ansi?: unknown } | null)?.ansi;
  const text = typeof ansi === "string" ? ansiToHtml(ansi) : escapeHtml(r.text);
  return `<tr class="${escapeHtml(r.type)}"><td>${r.ts.toISOString()}</td><th>${escapeHtml(r.type)}</th><td><pre>${text}</pre></td></tr>\n`;
}

// An output object that printed no console line when it was written (its table row came later).
const printsNothing = (r: LogRecord) => r.type === "output" && (r.data as { lines?: unknown } | null)?.lines === 0;

const htmlStyle = `body{margin:0;background:#020617;color:#e2e8f0;font:13px/1.5 ui-monospace,monospace}
h1{font:600 14px system-ui,sans-serif;padding:12px 16px;margin:0;border-bottom:1px solid #334155}
table{border-collapse:collapse;width:100%}td,th{vertical-align:top;padding:0 8px;text-align:left;white-space:nowrap}
th{font-weight:normal;text-transform:uppercase;color:#94a3b8}pre{margin:0;white-space:pre-wrap;font:inherit}
td:first-child{color:#64748b}.error pre{color:#fca5a5}.warning pre{color:#fde68a}.verbose pre{color:#7dd3fc}
.debug pre{color:#f0abfc}.information pre{color:#99f6e4}.progress pre{color:#c7d2fe}.system pre{color:#94a3b8;font-style:italic}`;

/**
 * A job's full log for downloads, one chunk per page of records in sequence order: plain text (the
 * default; what the API's `text` fields hold), the same with the colours' VT sequences (for `less -R`
 * or a terminal), or an HTML page with the colours. Starts with a header naming the job.
 */
export async function* readJobLog(db: DbOrTx, jobId: string, options: { pageSize?: number; format?: JobLogFormat } = {}): AsyncGenerator<string> {
  const format = options.format ?? "text";
  const job = await db.job.findUnique({ where: { id: jobId }, select: { id: true, status: true, createdAt: true, runbook: { select: { name: true } } } });
  if (!job) throw notFound("Job");
  const title = `Job ${job.id} of runbook ${job.runbook.name}, created ${job.createdAt.toISOString()}, status ${job.status}`;
  yield format === "html" ? `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${htmlStyle}</style></head>\n<body><h1>${escapeHtml(title)}</h1><table>\n` : `# ${title}\n`;
  const take = options.pageSize ?? pageSize;
  let after = 0;
  for (;;) {
    const rows = await db.jobStreamRecord.findMany({ where: { jobId, seq: { gt: after } }, orderBy: { seq: "asc" }, take, select: { seq: true, ts: true, type: true, text: true, data: true } });
    const shown = rows.filter((r) => !printsNothing(r));
    if (shown.length) yield shown.map((r) => (format === "html" ? formatHtmlRow(r) : formatLine(r, format))).join("");
    if (rows.length < take) break;
    after = rows.at(-1)!.seq;
  }
  if (format === "html") yield "</table></body></html>\n";
}
