import type { DebugEvent } from "@/lib/debug/debug-protocol";
import { describeError } from "@/lib/db/describe-error";
import { isRefusedTransition } from "@/lib/jobs/transition-job";
import type { ClaimedJob } from "@/lib/queue/claim-jobs";
import type { HeldJob } from "@/lib/queue/held-job";
import type { PreparedJob } from "@/lib/queue/prepare-claimed-job";
import type { HeldJobAction } from "@/lib/queue/renew-leases";
import type { RegisteredWorker } from "@/lib/workers/register-worker";
import { createDebugRelay, debugEndReason, type DebugRelay } from "./debug-relay";
import type { ModuleCache } from "./modules/module-cache";
import { retryWhileHeld } from "./retry-while-held";
import type { JobRunner, RunOutcome, RunningJob, StopReason } from "./runner-types";
import { createStreamSink, type StreamSink } from "./stream-sink";
import type { WorkerTransport } from "./transport/worker-transport";

export interface ExecutionContext {
  transport: WorkerTransport;
  runner: JobRunner;
  worker: RegisteredWorker;
  apiUrl: string;
  log: (message: string) => void;
  /** Where stream records wait on disk while the platform is unreachable (worker/stream-spool.ts). */
  spoolDir: string;
  /** The worker's copy of the active integration modules; without it jobs get none. */
  modules?: Pick<ModuleCache, "acquire">;
  /** Overrides the admin setting debugIdleTimeoutMinutes, whose unit is too coarse for tests. */
  debugIdleTimeoutSeconds?: number;
}

export interface JobExecution {
  /** The job and the attempt this execution runs. */
  held: HeldJob;
  /** Settles when the job reached its end on this worker (never rejects). */
  done: Promise<void>;
  /** A stop/suspend learned at lease renewal, "lost" (no longer this attempt's), or "drain" (worker shutdown). */
  handle(action: HeldJobAction | "drain"): void;
}

type Ending = StopReason | "lost";

/**
 * Runs one claimed attempt of a job to exactly one end: Completed, Failed, Stopped, Suspended, or back
 * to Queued (a restartable job interrupted by a shutdown). Every write is fenced by the attempt
 * (lib/jobs/held-attempt.ts) and retried while the platform (database or web service) is unreachable (worker/retry-while-held.ts),
 * so a blip shorter than the lease costs nothing. "lost" is the one path that writes nothing: the
 * reaper resolved the attempt, so this worker only ends its PowerShell.
 */
export function executeJob(ctx: ExecutionContext, claimed: ClaimedJob): JobExecution {
  const { transport, worker } = ctx;
  const held: HeldJob = { jobId: claimed.id, attempt: claimed.attempts, workerId: worker.id, workerName: worker.name };
  let ending: Ending | null = null;
  let running: RunningJob | null = null;
  let loaded: PreparedJob | null = null;
  let sink: StreamSink | null = null;
  let relay: DebugRelay | null = null;
  let timer: NodeJS.Timeout | undefined;

  const record = <T>(what: string, op: () => Promise<T>): Promise<T> => retryWhileHeld(op, { what: `job ${claimed.id}: ${what}`, log: ctx.log, isLost: () => ending === "lost", isTransient: transport.isTransient });

  const requestEnd = (reason: Ending): void => {
    if (ending && reason !== "lost") return;
    ending = reason;
    if (reason === "lost") sink?.abandon();
    running?.stop(reason === "lost" ? "stop" : reason);
  };

  /** A system record in the job's output, for ends the runbook itself did not produce; stored before the end is recorded. */
  const note = async (text: string): Promise<void> => {
    sink?.push([{ type: "system", ts: new Date(), text }]);
    await sink?.close();
  };

  /** Shows "Stopping" while the worker stops a running job itself; a no-op when it is already past Running. */
  const markStopping = (reason: string) =>
    record("recording Stopping", () => transport.markJobStopping(held, reason)).then(
      () => undefined,
      (err: unknown) => {
        if (!isRefusedTransition(err)) ctx.log(`job ${claimed.id}: could not show Stopping: ${describeError(err)}`);
      },
    );

  /**
   * Ends the job for a reason of the worker's own, showing Stopping first. The end is claimed before
   * the Stopping write: a lease renewal that reads Stopping meanwhile would otherwise request a plain
   * stop, and the job would end Stopped instead of Failed by its timeout.
   */
  const endAfterStopping = async (reason: "timeout" | "drain", stopping: string | undefined): Promise<void> => {
    if (ending) return;
    ending = reason;
    if (stopping) await markStopping(stopping);
    running?.stop(reason);
  };

  const drain = async (): Promise<void> => {
    if (ending) return;
    // Not started yet: run() sees the flag and hands the job back to the queue.
    if (!running) return void (ending = "drain");
    await endAfterStopping("drain", loaded?.restartable ? undefined : `Worker ${worker.name} is shutting down`);
  };

  const onTimeout = () => endAfterStopping("timeout", `Job exceeded its timeout of ${loaded!.timeoutSeconds} s`);

  /** A debug session left paused with no command: the job is stopped, saying why in its output. */
  const onDebugIdle = async (reason: string): Promise<void> => {
    sink?.push([{ type: "system", ts: new Date(), text: reason }]);
    await markStopping(reason);
    requestEnd("stop");
  };

  const finish = async (outcome: RunOutcome): Promise<void> => {
    if (ending === "lost") return ctx.log(`job ${claimed.id} (attempt ${held.attempt}) was resolved elsewhere while running here; its PowerShell was ended`);
    if (outcome.status === "completed") return void (await record("recording Completed", () => transport.completeJob(held, outcome.exitCode)));
    if (outcome.status === "failed") {
      const { message, scriptStackTrace } = outcome.error;
      const exception = scriptStackTrace ? `${message}\n${scriptStackTrace}` : message;
      return void (await record("recording Failed", () => transport.failJob(held, { reason: message.split("\n")[0]!, exception, exitCode: outcome.exitCode })));
    }
    if (ending === "timeout") {
      const reason = `Job exceeded its timeout of ${loaded!.timeoutSeconds} s`;
      await note(reason);
      return void (await record("recording Failed", () => transport.failJob(held, { reason })));
    }
    if (ending === "drain" && loaded?.restartable) {
      const reason = `Worker ${worker.name} shut down; re-queued because the runbook is restartable`;
      await note(reason);
      return void (await record("re-queueing", () => transport.requeueJob(held, reason, worker.group)));
    }
    if (ending === "drain") {
      await markStopping(`Worker ${worker.name} is shutting down`);
      await note(`Stopped because worker ${worker.name} shut down before the job finished`);
    }
    await record("recording the stop", () => transport.endStoppedJob(held));
  };

  const run = async (): Promise<void> => {
    loaded = await record("reading the job", () => transport.prepareClaimedJob(held));
    if (!loaded) {
      // Stopped before it started: end it here without starting PowerShell.
      if (await record("reading the job", () => transport.isStoppingOnWorker(held))) await record("recording the stop", () => transport.endStoppedJob(held));
      return;
    }
    if (ending === "drain") {
      return void (await record("re-queueing", () => transport.requeueJob(held, `Worker ${worker.name} shut down before starting the job`, worker.group)));
    }
    sink = createStreamSink({ transport, held, maxOutputBytes: loaded.maxOutputBytes, log: ctx.log, spoolDir: ctx.spoolDir });
    if (ending === "lost") sink.abandon();
    // Held until the job ends, so a newer module set cannot remove directories this job imports from.
    const modules = ctx.modules ? await ctx.modules.acquire() : null;
    try {
      if (loaded.resumed) sink.push([{ type: "system", ts: new Date(), text: loaded.resumed, data: { event: "resumed" } }]);
      for (const problem of modules?.problems ?? []) sink.push([{ type: "system", ts: new Date(), text: problem }]);
      await runPowerShell(loaded, sink, modules?.paths ?? []);
    } finally {
      modules?.release();
    }
  };

  const runPowerShell = async (loaded: PreparedJob, sink: StreamSink, modulePaths: string[]): Promise<void> => {
    relay = loaded.debug
      ? createDebugRelay({
          transport,
          held,
          idleTimeoutSeconds: ctx.debugIdleTimeoutSeconds ?? loaded.debug.idleTimeoutSeconds,
          log: ctx.log,
          isLost: () => ending === "lost",
          onIdle: (reason) => void onDebugIdle(reason).catch((err) => ctx.log(`idle debug session of job ${claimed.id}: ${describeError(err)}`)),
        })
      : null;
    const debugRelay = relay;
    try {
      const onDebugEvent = debugRelay ? (event: DebugEvent) => debugRelay.onEvent(event) : undefined;
      running = await ctx.runner.start({ jobId: claimed.id, apiUrl: ctx.apiUrl, ...loaded.run, modulePaths }, (records) => sink.push(records), onDebugEvent);
    } catch (err) {
      const reason = `PowerShell could not be started: ${describeError(err)}`;
      await note(reason);
      await debugRelay?.end(reason);
      return void (await record("recording Failed", () => transport.failJob(held, { reason })));
    }
    try {
      await record("recording Running", () => transport.markJobRunning(held));
    } catch (err) {
      // Refused: a stop arrived while PowerShell was starting, or the attempt is not ours any more. Any
      // other error fails the job through run()'s catch, which stops PowerShell.
      if (!isRefusedTransition(err)) throw err;
      ctx.log(`job ${claimed.id}: not started as Running: ${describeError(err)}`);
      requestEnd((await record("reading the job", () => transport.isStoppingOnWorker(held))) ? "stop" : "lost");
    }
    if (ending) running.stop(ending === "lost" ? "stop" : ending);
    debugRelay?.attach(running);
    timer = setTimeout(() => void onTimeout().catch((err) => ctx.log(`timeout of job ${claimed.id}: ${describeError(err)}`)), loaded.timeoutSeconds * 1000);
    const outcome = await running.outcome;
    clearTimeout(timer);
    await sink.close();
    // Before the final status, so a client that sees the job finished finds the session ended too.
    await debugRelay?.end(debugEndReason(outcome, ending));
    await finish(outcome);
  };

  const done = run().catch(async (thrown: unknown) => {
    clearTimeout(timer);
    running?.stop("stop");
    if (ending === "lost") return ctx.log(`job ${claimed.id} (attempt ${held.attempt}) is no longer this worker's: ${describeError(thrown)}`);
    ctx.log(`job ${claimed.id} failed in the worker: ${describeError(thrown)}`);
    const message = describeError(thrown);
    await relay?.end(`The worker failed: ${message}`);
    await record("recording Failed", () => transport.failJob(held, { reason: `Worker error: ${message}`, exception: thrown instanceof Error && thrown.stack ? thrown.stack : message })).catch(
      (e: unknown) => ctx.log(`could not record the failure of job ${claimed.id}: ${describeError(e)}`),
    );
  });

  return {
    held,
    done,
    handle(action) {
      if (action === "drain") void drain().catch((err) => ctx.log(`drain of job ${claimed.id}: ${describeError(err)}`));
      else requestEnd(action);
    },
  };
}
