/** A stream record as the API returns it (lib/jobs/job-views.ts), or as a runner delivers it. */
export interface TranscriptRecord {
  type: string;
  text: string;
  data?: unknown;
}

export interface ConsoleTranscript {
  stdout: string;
  stderr: string;
}

const prefixes: Record<string, string> = { warning: "WARNING: ", verbose: "VERBOSE: ", debug: "DEBUG: " };

/**
 * What `pwsh -File` would have printed for a job's records with its output redirected and colour off:
 * output text, warnings, verbose and debug lines with their prefixes, Write-Host and the Information
 * records a console shows, and host text on stdout; errors on stderr. Progress draws nothing there.
 */
export function consoleTranscript(records: readonly TranscriptRecord[]): ConsoleTranscript {
  let stdout = "";
  let stderr = "";
  for (const r of records) {
    const data = (r.data ?? {}) as { lines?: number; shown?: boolean; noNewLine?: boolean; stream?: string };
    if (r.type === "output" && data.lines !== 0) stdout += `${r.text}\n`;
    else if (r.type in prefixes) stdout += `${prefixes[r.type]}${r.text}\n`;
    else if (r.type === "information" && data.shown !== false) stdout += data.noNewLine ? r.text : `${r.text}\n`;
    else if (r.type === "console" && data.stream === "stderr") stderr += `${r.text}\n`;
    else if (r.type === "console") stdout += `${r.text}\n`;
    else if (r.type === "error") stderr += `${r.text}\n`;
  }
  return { stdout, stderr };
}
