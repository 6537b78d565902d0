const linkClass = "rounded-md bg-white px-3 py-1.5 text-sm font-medium text-slate-700 shadow-sm ring-1 ring-inset ring-slate-300 hover:bg-slate-50";

/** The job's full log: plain text, or with its colours as VT sequences (for a terminal) or as a web page. */
export function JobLogDownloads({ jobId }: { jobId: string }) {
  const href = (format?: string) => `/api/v1/jobs/${jobId}/log${format ? `?format=${format}` : ""}`;
  return (
    <div className="flex flex-wrap items-center gap-1.5" role="group" aria-label="Download the log">
      <a href={href()} download className={linkClass}>
        Download full log
      </a>
      <a href={href("ansi")} download className={linkClass} aria-label="Download the log with colours for a terminal (ANSI)">
        ANSI
      </a>
      <a href={href("html")} download className={linkClass} aria-label="Download the log as a web page with colours (HTML)">
        HTML
      </a>
    </div>
  );
}
