/** Stream record types, as stored in JobStreamRecord.type and shown in the portal. */
export const streamTypes = [
  "output",
  "error",
  "warning",
  "verbose",
  "debug",
  "information",
  "progress",
  // Raw text a runbook or native command wrote straight to the console (stdout/stderr).
  "console",
  // Baton's own notes about the job (worker lost, output truncated, timeout).
  "system",
] as const;
export type StreamType = (typeof streamTypes)[number];

/** A record as produced by a runner, before the sink assigns its sequence number. */
export interface StreamRecordInput {
  type: StreamType;
  ts: Date;
  text: string;
  data?: unknown;
}
