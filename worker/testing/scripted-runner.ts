import type { StreamRecordInput } from "@/lib/jobs/stream-types";
import type { JobRunner, JobSpec, RunOutcome, RunningJob, StopReason } from "../runner-types";

/**
 * A JobRunner for the engine's own tests (lease, stop, timeout, drain paths) that interprets a tiny
 * script instead of PowerShell, one command per line:
 *   out <text>      emit an output record        sleep <ms>   wait (a stop interrupts it)
 *   fail <message>  end failed                   checkpoint   emit the spec's checkpoint as output
 * `startFails` makes start() reject. Real PowerShell is covered by worker/worker-pwsh.test.ts.
 */
export function createScriptedRunner(options: { startFails?: string } = {}): JobRunner & { specs: JobSpec[] } {
  const specs: JobSpec[] = [];
  return {
    specs,
    async start(spec, onRecords, onDebugEvent) {
      if (options.startFails) throw new Error(options.startFails);
      specs.push(spec);
      let stopReason: StopReason | null = null;
      let interrupt: () => void = () => undefined;
      const emit = (text: string) => onRecords([{ type: "output", ts: new Date(), text } satisfies StreamRecordInput]);
      const outcome = (async (): Promise<RunOutcome> => {
        for (const line of spec.script.split("\n").map((l) => l.trim()).filter(Boolean)) {
          if (stopReason) break;
          const [cmd, ...rest] = line.split(" ");
          const arg = rest.join(" ");
          if (cmd === "out") emit(arg);
          else if (cmd === "checkpoint") emit(JSON.stringify(spec.checkpoint ?? null));
          else if (cmd === "fail") return { status: "failed", error: { message: arg } };
          else if (cmd === "sleep") await new Promise<void>((r) => ((interrupt = r), setTimeout(r, Number(arg))));
        }
        return stopReason ? { status: "stopped", reason: stopReason } : { status: "completed" };
      })();
      const running: RunningJob = {
        pid: process.pid,
        outcome,
        stop(reason) {
          stopReason ??= reason;
          interrupt();
        },
        debug(command) {
          onDebugEvent?.({ event: "refused", command: command.command, message: "The scripted runner has no debugger." });
        },
      };
      return running;
    },
    async close() {},
  };
}
