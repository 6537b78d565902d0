import type { DebugEvent } from "@/lib/debug/debug-protocol";
import { streamTypes, type StreamRecordInput, type StreamType } from "@/lib/jobs/stream-types";

export type HostResult =
  | { status: "completed"; exitCode?: number }
  | { status: "stopped" }
  | { status: "failed"; error: { message: string; type?: string; scriptStackTrace?: string }; exitCode?: number };

export type HostMessage =
  | { kind: "record"; record: StreamRecordInput }
  | { kind: "result"; result: HostResult }
  /** Values the automation cmdlets handed to the runbook, to mask from here on; never a record. */
  | { kind: "secret"; values: string[] }
  /** The host's answer to a sync request: every secret handed out before the request came first. */
  | { kind: "sync"; id: number }
  /** The debugger's event (worker/pwsh/JobDebugger.cs), not yet masked. */
  | { kind: "debugger"; event: DebugEvent }
  | { kind: "ready" }
  | { kind: "invalid"; reason: string };

// Console text also arrives on stdout/stderr; on the channel it is what the runbook wrote through $Host.UI.
const recordTypes = new Set<string>(streamTypes.filter((t) => t !== "system"));

interface WireRecord {
  type?: unknown;
  ts?: unknown;
  text?: unknown;
  data?: unknown;
}

/** Reads one protocol line written by host.ps1. Anything unexpected is reported, never thrown. */
export function parseHostLine(line: string): HostMessage {
  let wire: WireRecord;
  try {
    wire = JSON.parse(line) as WireRecord;
  } catch {
    return { kind: "invalid", reason: `not JSON: ${line.slice(0, 200)}` };
  }
  if (wire === null || typeof wire !== "object") return { kind: "invalid", reason: `not an object: ${line.slice(0, 200)}` };
  if (wire.type === "ready") return { kind: "ready" };
  if (wire.type === "result") return { kind: "result", result: toResult(wire.data) };
  if (wire.type === "secret") {
    const values = (wire.data as { values?: unknown } | null)?.values;
    return { kind: "secret", values: Array.isArray(values) ? values.filter((v): v is string => typeof v === "string") : [] };
  }
  if (wire.type === "sync") {
    const id = (wire.data as { id?: unknown } | null)?.id;
    return typeof id === "number" ? { kind: "sync", id } : { kind: "invalid", reason: "sync without an id" };
  }
  if (wire.type === "debugger") {
    const event = wire.data as { event?: unknown } | null;
    return event !== null && typeof event === "object" && typeof event.event === "string" ? { kind: "debugger", event: event as DebugEvent } : { kind: "invalid", reason: "debugger line without an event" };
  }
  if (typeof wire.type !== "string" || !recordTypes.has(wire.type)) {
    return { kind: "invalid", reason: `unknown record type: ${String(wire.type).slice(0, 50)}` };
  }
  const ts = typeof wire.ts === "string" ? new Date(wire.ts) : new Date();
  return {
    kind: "record",
    record: {
      type: wire.type as StreamType,
      ts: Number.isNaN(ts.getTime()) ? new Date() : ts,
      text: typeof wire.text === "string" ? wire.text : "",
      data: wire.data,
    },
  };
}

function toResult(data: unknown): HostResult {
  const d = (data ?? {}) as { status?: unknown; exitCode?: unknown; error?: { message?: unknown; type?: unknown; scriptStackTrace?: unknown } };
  const exitCode = Number.isSafeInteger(d.exitCode) ? { exitCode: d.exitCode as number } : {};
  if (d.status === "stopped") return { status: "stopped" };
  if (d.status === "completed") return { status: "completed", ...exitCode };
  const e = d.error ?? {};
  return {
    status: "failed",
    error: {
      message: typeof e.message === "string" && e.message ? e.message : "The runbook failed without an error message.",
      type: typeof e.type === "string" ? e.type : undefined,
      scriptStackTrace: typeof e.scriptStackTrace === "string" ? e.scriptStackTrace : undefined,
    },
    ...exitCode,
  };
}
