import { createSecretMasker } from "@/lib/automation/secret-masker";
import { limitExceededReason } from "@/lib/pwsh/limit-exceeded";
import type { DebugEvent } from "@/lib/debug/debug-protocol";
import type { StreamRecordInput } from "@/lib/jobs/stream-types";
import type { JobSpec, RunOutcome, RunningJob, StopReason } from "../runner-types";
import { ConsoleGate } from "./console-gate";
import type { HostEvent, HostExit, HostProcess } from "./host-process";
import { parseHostLine, type HostResult } from "./parse-host-line";
import { RecordBatcher } from "./record-batcher";

/**
 * Sends the spec to a host process and follows it to the end: records, stop, kill, outcome. Every
 * record, console line and error message passes through the job's secret masker before it leaves
 * here, so stored and live streams are masked alike (lib/automation/README.md); so does every string
 * of a debugger event (a variable's value, an evaluation's output).
 */
export function runJobOnHost(
  host: HostProcess,
  spec: JobSpec,
  onRecords: (records: StreamRecordInput[]) => void,
  stopGraceMs: number,
  onDebugEvent: (event: DebugEvent) => void = () => {},
  shared?: SharedJobEnd,
): RunningJob {
  const batcher = new RecordBatcher(onRecords);
  // The runbook can read its own token from the module's scope; printing it must not publish it.
  const masker = createSecretMasker([spec.automationToken]);
  const consoleGate = new ConsoleGate(
    () => host.nextSyncId++,
    (id) => host.send({ type: "sync", id }),
    (record) => batcher.add(masker.maskRecord(record)),
  );
  let result: HostResult | undefined;
  let stopReason: StopReason | undefined;
  let killTimer: NodeJS.Timeout | undefined;
  // A shared job ends at its result once both console streams carry its end line; its host lives on.
  const consoleEnded = { stdout: false, stderr: false };
  let endShared: (() => void) | undefined;
  const sharedEnd = shared ? new Promise<void>((resolve) => (endShared = resolve)) : undefined;
  const sharedEndReached = () => {
    if (result !== undefined && consoleEnded.stdout && consoleEnded.stderr) endShared?.();
  };

  const system = (text: string) => batcher.add({ type: "system", ts: new Date(), text: masker.mask(text) });
  // The spec goes first: a pooled host may have buffered console lines whose sync must follow it.
  host.sendJob(shared ? { ...spec, hostMode: "shared", consoleEnd: shared.consoleEnd } : spec);
  host.attach((event: HostEvent) => {
    if (shared && event.kind === "console" && event.text === shared.consoleEnd) {
      consoleEnded[event.stream] = true;
      sharedEndReached();
    } else if (event.kind === "console") {
      consoleGate.hold({ type: "console", ts: new Date(), text: event.text, data: { stream: event.stream } });
    } else if (event.kind === "oversized") {
      system(`A ${event.bytes}-byte line on ${event.channel} was too large and was dropped.`);
    } else {
      const message = parseHostLine(event.line);
      if (message.kind === "record") batcher.add(masker.maskRecord(message.record));
      else if (message.kind === "secret") masker.add(message.values);
      else if (message.kind === "debugger") onDebugEvent(maskStrings(message.event, masker.mask));
      else if (message.kind === "sync") consoleGate.synced(message.id);
      else if (message.kind === "result") {
        result = message.result;
        sharedEndReached();
      }
      else if (message.kind === "invalid") system(`Unreadable line from the PowerShell host (${message.reason}).`);
    }
  });

  // The error becomes the job's exception, shown and stored like its streams.
  const failed = (message: string, error: { type?: string; scriptStackTrace?: string } = {}): RunOutcome => ({
    status: "failed",
    error: { ...error, message: masker.mask(message), ...(error.scriptStackTrace ? { scriptStackTrace: masker.mask(error.scriptStackTrace) } : {}) },
  });

  const settle = (): string | undefined => {
    clearTimeout(killTimer);
    consoleGate.releaseAll();
    batcher.flush();
    if (batcher.error === undefined) return undefined;
    return batcher.error instanceof Error ? batcher.error.message : String(batcher.error);
  };

  const exitWatch = watchExit(host.exit);
  const afterExit = exitWatch.exit.then((exit): RunOutcome => {
    const undelivered = settle();
    if (undelivered !== undefined) return failed(`Job records could not be delivered: ${undelivered}`);
    if (stopReason && (result === undefined || result.status === "stopped")) return { status: "stopped", reason: stopReason };
    if (result?.status === "stopped") return { status: "stopped", reason: "stop" };
    const tail = exit.stderrTail.trim();
    if (result && result.status !== "failed") return result;
    const error = result?.error ?? { message: `PowerShell host exited unexpectedly (code ${exit.code}, signal ${exit.signal})${tail ? `: ${tail}` : ""}` };
    const limit = limitExceededReason(host.isolation.limits, exit, `${error.type ?? ""} ${error.message} ${tail}`);
    const exitCode = result?.status === "failed" && result.exitCode !== undefined ? { exitCode: result.exitCode } : {};
    return { ...failed(limit ? `${limit}. ${error.message}` : error.message, error), ...exitCode };
  });

  const outcome = !sharedEnd
    ? afterExit
    : Promise.race([afterExit.then((value) => ({ value, hostLives: false })), sharedEnd.then(() => ({ value: undefined, hostLives: true }))]).then(
        ({ value, hostLives }): RunOutcome => {
          if (!hostLives) {
            shared?.ended(false);
            return value as RunOutcome;
          }
          // Nothing of this job may reach the next one's records, nor stay referenced until the host exits.
          host.attach(() => {});
          exitWatch.release();
          const undelivered = settle();
          const ended = result as HostResult;
          const hostFailed = ended.status === "failed" && ended.error.message.startsWith(hostErrorPrefix);
          // A stopped job, or a failure of the host itself, leaves the process in doubt: it is retired.
          shared?.ended(!stopReason && ended.status !== "stopped" && !hostFailed);
          if (undelivered !== undefined) return failed(`Job records could not be delivered: ${undelivered}`);
          if (stopReason) return { status: "stopped", reason: stopReason };
          if (ended.status === "stopped") return { status: "stopped", reason: "stop" };
          if (ended.status === "completed") return ended;
          return { ...failed(ended.error.message, ended.error), ...(ended.exitCode !== undefined ? { exitCode: ended.exitCode } : {}) };
        },
      );

  return {
    pid: host.pid,
    outcome,
    stop(reason: StopReason) {
      if (stopReason || host.hasExited) return;
      stopReason = reason;
      host.send({ type: "stop" });
      killTimer = setTimeout(() => host.killGroup(), stopGraceMs);
    },
    debug(command) {
      host.send({ type: "debugger", ...command });
    },
  };
}

/** What a job in a shared host needs: the line that ends its console output, and who takes the host back. */
export interface SharedJobEnd {
  consoleEnd: string;
  /** Called once when the job ended; reusable is false when the host is gone or must be retired. */
  ended(reusable: boolean): void;
}

/**
 * The host's exit, through a resolver the job drops once it has ended: a shared host outlives hundreds
 * of jobs, and a reaction registered on its exit would keep each job's batcher, masker and records alive
 * until then.
 */
function watchExit(hostExit: Promise<HostExit>): { exit: Promise<HostExit>; release(): void } {
  let resolve: ((exit: HostExit) => void) | undefined;
  const exit = new Promise<HostExit>((r) => (resolve = r));
  void hostExit.then((value) => resolve?.(value));
  return {
    exit,
    release: () => {
      resolve = undefined;
    },
  };
}

// host.ps1's result for a failure of the host itself rather than of the runbook.
const hostErrorPrefix = "PowerShell host error:";

/** A copy with every string, however deep, passed through `mask`. */
function maskStrings<T>(value: T, mask: (text: string) => string): T {
  if (typeof value === "string") return mask(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => maskStrings(item, mask)) as T;
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, maskStrings(item, mask)])) as T;
  }
  return value;
}
