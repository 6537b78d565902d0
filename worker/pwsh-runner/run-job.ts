import type { StreamRecordInput } from "@/lib/jobs/stream-types";
import type { JobSpec, RunOutcome, RunningJob, StopReason } from "../runner-types";
import type { HostEvent, HostProcess } from "./host-process";
import { parseHostLine, type HostResult } from "./parse-host-line";
import { RecordBatcher } from "./record-batcher";

/** Sends the spec to a host process and follows it to the end: records, stop, kill, outcome. */
export function runJobOnHost(
  host: HostProcess,
  spec: JobSpec,
  onRecords: (records: StreamRecordInput[]) => void,
  stopGraceMs: number,
): RunningJob {
  const batcher = new RecordBatcher(onRecords);
  let result: HostResult | undefined;
  let stopReason: StopReason | undefined;
  let killTimer: NodeJS.Timeout | undefined;

  const system = (text: string) => batcher.add({ type: "system", ts: new Date(), text });
  host.attach((event: HostEvent) => {
    if (event.kind === "console") {
      batcher.add({ type: "console", ts: new Date(), text: event.text, data: { stream: event.stream } });
    } else if (event.kind === "oversized") {
      system(`A ${event.bytes}-byte line on ${event.channel} was too large and was dropped.`);
    } else {
      const message = parseHostLine(event.line);
      if (message.kind === "record") batcher.add(message.record);
      else if (message.kind === "result") result = message.result;
      else if (message.kind === "invalid") system(`Unreadable line from the PowerShell host (${message.reason}).`);
    }
  });
  host.send(spec);

  const outcome = host.exit.then((exit): RunOutcome => {
    clearTimeout(killTimer);
    batcher.flush();
    if (batcher.error !== undefined) {
      const reason = batcher.error instanceof Error ? batcher.error.message : String(batcher.error);
      return { status: "failed", error: { message: `Job records could not be delivered: ${reason}` } };
    }
    if (stopReason && (result === undefined || result.status === "stopped")) return { status: "stopped", reason: stopReason };
    if (result?.status === "stopped") return { status: "stopped", reason: "stop" };
    if (result) return result;
    const tail = exit.stderrTail.trim();
    return {
      status: "failed",
      error: { message: `PowerShell host exited unexpectedly (code ${exit.code}, signal ${exit.signal})${tail ? `: ${tail}` : ""}` },
    };
  });

  return {
    pid: host.pid,
    outcome,
    stop(reason: StopReason) {
      if (stopReason || host.hasExited) return;
      stopReason = reason;
      host.send({ type: "stop" });
      killTimer = setTimeout(() => host.killGroup(), stopGraceMs);
    },
  };
}
