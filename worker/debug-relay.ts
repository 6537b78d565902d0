import { describeError } from "@/lib/db/describe-error";
import type { JobActivityWatch } from "@/lib/db/job-activity-listener";
import type { DebugEvent } from "@/lib/debug/debug-protocol";
import type { HeldJob } from "@/lib/queue/held-job";
import { failureLog } from "./failure-log";
import { retryWhileHeld } from "./retry-while-held";
import type { RunningJob, RunOutcome, StopReason } from "./runner-types";
import type { WorkerTransport } from "./transport/worker-transport";

export interface DebugRelayOptions {
  transport: Pick<WorkerTransport, "debug" | "isTransient">;
  held: HeldJob;
  /** A pause with no command for this long stops the job. */
  idleTimeoutSeconds: number;
  log: (message: string) => void;
  isLost: () => boolean;
  /** Called once when the idle timeout runs out; the job's execution stops the job. */
  onIdle: (reason: string) => void;
  /** How often the session's new commands are read without notifications (SQLite; PostgreSQL while the LISTEN is down). */
  pollMs?: number;
  /** On PostgreSQL, woken by a posted command's notification: the safety-net poll for one that was lost. */
  fallbackPollMs?: number;
}

/**
 * The worker's side of a debug session, between the job's PowerShell and the database: every event
 * the host reports is stored, in order, as a DebugMessage (with the session's state and activity);
 * the commands the client posts are read as their notification arrives (PostgreSQL) or every `pollMs`,
 * handed to the host in id order and marked delivered, so each reaches it once, a command that
 * committed after a higher id included; a pause that sits with no command for the idle timeout stops
 * the job; and when the PowerShell has ended the session ends with a final `ended` event. Only a debug
 * session's job has a relay, so other jobs pay nothing.
 */
export interface DebugRelay {
  /** The runner's onDebugEvent. */
  onEvent(event: DebugEvent): void;
  /** The job's PowerShell runs: start relaying commands to it. */
  attach(running: RunningJob): void;
  /** The job's PowerShell has ended: store the final `ended` event. Call before the job's final status is recorded. */
  end(reason: string): Promise<void>;
}

export function createDebugRelay(options: DebugRelayOptions): DebugRelay {
  const { held, log } = options;
  const { debug, isTransient } = options.transport;
  const what = (action: string) => `job ${held.jobId}: ${action}`;
  const record = <T>(action: string, op: () => Promise<T>): Promise<T> => retryWhileHeld(op, { what: what(action), log, isLost: options.isLost, isTransient });
  // Events are stored one after another, so their ids keep the order the host reported them in.
  let writes: Promise<void> = Promise.resolve();
  const enqueue = (action: string, op: () => Promise<unknown>): void => {
    writes = writes.then(() => record(action, op)).then(
      () => undefined,
      (err: unknown) => {
        if (!options.isLost()) log(`${what(action)} failed: ${describeError(err)}`);
      },
    );
  };

  // Handed to the host, their delivery not yet recorded: no read returns them again meanwhile.
  const handed = new Set<number>();
  let ended = false;
  let paused = false;
  let idleTimer: NodeJS.Timeout | undefined;
  let idleReason: string | null = null;
  const readFailures = failureLog(log, what("reading debug commands"));

  const idleMinutes = options.idleTimeoutSeconds / 60;
  const amount = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;
  const idleText = Number.isInteger(idleMinutes) ? amount(idleMinutes, "minute") : amount(options.idleTimeoutSeconds, "second");

  /** Paused with nothing asked of it: counted from the pause or the last command, whichever is later. */
  const armIdle = (): void => {
    clearTimeout(idleTimer);
    if (!paused || ended || idleReason) return;
    idleTimer = setTimeout(() => {
      idleReason = `Stopped: the debug session sat paused for ${idleText} with no command`;
      options.onIdle(idleReason);
    }, options.idleTimeoutSeconds * 1000);
  };

  // On PostgreSQL a posted command's notification wakes the relay; the poll is then a safety net.
  let activity: JobActivityWatch | null = null;
  const stopPolling = new AbortController();

  const readCommands = async (job: RunningJob): Promise<void> => {
    try {
      for (;;) {
        const commands = await debug.readCommands(held, handed);
        readFailures.succeeded();
        if (ended) break;
        const ids = commands.map((c) => c.id);
        for (const { id, command } of commands) {
          handed.add(id);
          if (command) job.debug(command);
        }
        if (commands.length > 0) {
          armIdle();
          enqueue("recording debug commands delivered", async () => {
            await debug.markCommandsDelivered(held, ids);
            for (const id of ids) handed.delete(id);
          });
        }
        if (commands.length < 100) break;
      }
    } catch (err) {
      readFailures.failed(err);
    }
  };

  const relayCommands = async (job: RunningJob, watch: JobActivityWatch): Promise<void> => {
    while (!ended) {
      await readCommands(job);
      await watch.next(stopPolling.signal);
    }
  };

  return {
    onEvent(event) {
      // The worker alone says when the session has ended, once the PowerShell has.
      if (ended || event.event === "ended") return;
      if (event.event === "paused") paused = true;
      if (event.event === "running") paused = false;
      if (event.event === "paused" || event.event === "running") armIdle();
      enqueue(`recording debug event ${event.event}`, () => debug.recordEvent(held, event));
    },
    attach(job) {
      if (ended || activity) return;
      enqueue("marking the debug session running", () => debug.markRunning(held));
      activity = debug.watchActivity(held, { pollMs: options.pollMs ?? 200, fallbackMs: options.fallbackPollMs ?? 5_000 });
      void relayCommands(job, activity);
    },
    async end(reason) {
      if (ended) return;
      ended = true;
      stopPolling.abort();
      activity?.close();
      clearTimeout(idleTimer);
      // A poll in flight drops what it reads once `ended` is set; the events reported so far go first.
      await writes;
      if (options.isLost()) return;
      await record("ending the debug session", () => debug.end(held, idleReason ?? reason)).catch((err: unknown) => {
        if (!options.isLost()) log(`${what("ending the debug session")} failed: ${describeError(err)}`);
      });
    },
  };
}

/** Why a debug session ended, from how its job's PowerShell ended and why the worker stopped it, if it did. */
export function debugEndReason(outcome: RunOutcome, stoppedFor: StopReason | "lost" | null): string {
  if (outcome.status === "completed") return "The runbook completed";
  if (outcome.status === "failed") return `The runbook failed: ${outcome.error.message.split("\n")[0]}`;
  switch (stoppedFor ?? outcome.reason) {
    case "timeout":
      return "The job exceeded its timeout";
    case "suspend":
      return "The job was suspended";
    case "drain":
      return "The worker running the job shut down";
    default:
      return "The job was stopped";
  }
}
