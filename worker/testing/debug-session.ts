import type { DebugBreakpoint, DebugCommand, DebugEvent, DebugEventName } from "@/lib/debug/debug-protocol";
import type { StreamRecordInput } from "@/lib/jobs/stream-types";
import type { JobRunner, JobSpec, RunningJob } from "@/worker/runner-types";
import { spec } from "./pwsh-runner-kit";

type EventOf<N extends DebugEventName> = Extract<DebugEvent, { event: N }>;

/** A job started under the debugger, with its events in order and a way to wait for the next one. */
export interface DebugSession {
  job: RunningJob;
  events: DebugEvent[];
  records: StreamRecordInput[];
  /** The first event of that kind after the last one `next` returned; rejects after `timeoutMs`. */
  next<N extends DebugEventName>(name: N, timeoutMs?: number): Promise<EventOf<N>>;
  /** Waits until a record with this text has arrived. */
  record(text: string, timeoutMs?: number): Promise<StreamRecordInput>;
  /** Sends a command and waits for its answer (the named event). */
  ask<N extends DebugEventName>(command: DebugCommand, answer: N): Promise<EventOf<N>>;
}

export async function startDebugSession(runner: JobRunner, script: string, breakpoints: DebugBreakpoint[], overrides: Partial<JobSpec> = {}): Promise<DebugSession> {
  const events: DebugEvent[] = [];
  const records: StreamRecordInput[] = [];
  let cursor = 0;
  let wake = () => {};
  const job = await runner.start(
    spec(script, { debug: { breakpoints }, ...overrides }),
    (batch) => {
      records.push(...batch);
      wake();
    },
    (event) => {
      events.push(event);
      wake();
    },
  );
  let ended = false;
  void job.outcome.then(() => {
    ended = true;
    wake();
  });
  // Resolves with what `find` finds, re-checking whenever an event or a record arrives.
  const until = async <T>(what: string, find: () => T | undefined, timeoutMs: number): Promise<T> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = find();
      if (found !== undefined) return found;
      if (ended) throw new Error(`the job ended before ${what}; events: ${JSON.stringify(events)}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no ${what} in time; events: ${JSON.stringify(events)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  };
  const next = <N extends DebugEventName>(name: N, timeoutMs = 60_000): Promise<EventOf<N>> =>
    until(`a "${name}" event`, () => {
      const index = events.findIndex((e, i) => i >= cursor && e.event === name);
      if (index < 0) return undefined;
      cursor = index + 1;
      return events[index] as EventOf<N>;
    }, timeoutMs);
  return {
    job,
    events,
    records,
    next,
    record: (text, timeoutMs = 60_000) => until(`a record "${text}"`, () => records.find((r) => r.text === text), timeoutMs),
    ask: (command, answer) => {
      job.debug(command);
      return next(answer);
    },
  };
}
