import type { Db } from "@/lib/db";
import { appendJobStreams } from "@/lib/jobs/append-job-streams";
import { notifyJobQueued } from "@/lib/jobs/notify-job-queued";
import { isRefusedTransition, transitionJob } from "@/lib/jobs/transition-job";
import type { ClaimedJob } from "@/lib/queue/claim-jobs";
import { completeJob } from "@/lib/queue/complete-job";
import { endStoppedJob } from "@/lib/queue/end-stopped-job";
import { failJob } from "@/lib/queue/fail-job";
import { isStoppingOnWorker } from "@/lib/queue/is-stopping-on-worker";
import { prepareClaimedJob, type PreparedJob } from "@/lib/queue/prepare-claimed-job";
import { releaseJob } from "@/lib/queue/release-job";
import type { HeldJobAction } from "@/lib/queue/renew-leases";
import type { RegisteredWorker } from "@/lib/workers/register-worker";
import { coerceError } from "./coerce-error";
import type { ModuleCache } from "./modules/module-cache";
import type { JobRunner, RunOutcome, RunningJob, StopReason } from "./runner-types";
import { createStreamSink } from "./stream-sink";

export interface ExecutionContext {
  db: Db;
  runner: JobRunner;
  worker: RegisteredWorker;
  apiUrl: string;
  log: (message: string) => void;
  /** The worker's copy of the active integration modules; without it jobs get none. */
  modules?: Pick<ModuleCache, "acquire">;
}

export interface JobExecution {
  jobId: string;
  /** Settles when the job reached its end on this worker (never rejects). */
  done: Promise<void>;
  /** A stop/suspend learned at lease renewal, "lost" (no longer ours), or "drain" (worker shutdown). */
  handle(action: HeldJobAction | "drain"): void;
}

type Ending = StopReason | "lost";

/**
 * Runs one claimed job to exactly one end: Completed, Failed, Stopped, Suspended, or back to Queued
 * (a restartable job interrupted by a shutdown). "lost" is the one path that writes nothing: the
 * reaper already resolved the job, so this worker only ends its PowerShell.
 */
export function executeJob(ctx: ExecutionContext, claimed: ClaimedJob): JobExecution {
  const { db, worker } = ctx;
  const holder = { id: worker.id, name: worker.name };
  let ending: Ending | null = null;
  let running: RunningJob | null = null;
  let loaded: PreparedJob | null = null;
  let timer: NodeJS.Timeout | undefined;

  const requestEnd = (reason: Ending): void => {
    if (ending && reason !== "lost") return;
    ending = reason;
    running?.stop(reason === "lost" ? "stop" : reason);
  };

  /** A system record in the job's output, for ends (and a resume) the runbook itself did not produce. */
  const note = (text: string, data?: { event: "resumed" }) =>
    appendJobStreams(db, claimed.id, [{ type: "system", ts: new Date(), text, ...(data ? { data } : {}) }], loaded?.maxOutputBytes ?? Number.MAX_SAFE_INTEGER);

  /** Shows "Stopping" while a shutdown stops a non-restartable job; a no-op when already past Running. */
  const markStopping = (reason: string) =>
    transitionJob(db, claimed.id, "Stopping", { workerId: worker.id, actor: `worker:${worker.name}`, reason, expect: ["Running"] }).then(
      () => undefined,
      (err: unknown) => {
        if (!isRefusedTransition(err)) ctx.log(`job ${claimed.id}: could not show Stopping: ${coerceError(err).message}`);
      },
    );

  const drain = async (): Promise<void> => {
    if (ending) return;
    // Not started yet: run() sees the flag and hands the job back to the queue.
    if (!running) return void (ending = "drain");
    if (!loaded?.restartable) await markStopping(`Worker ${worker.name} is shutting down`);
    requestEnd("drain");
  };

  const onTimeout = async (): Promise<void> => {
    await markStopping(`Job exceeded its timeout of ${loaded!.timeoutSeconds} s`);
    requestEnd("timeout");
  };

  const finish = async (outcome: RunOutcome): Promise<void> => {
    if (ending === "lost") return ctx.log(`job ${claimed.id} was resolved elsewhere while running here; its PowerShell was ended`);
    if (outcome.status === "completed") return void (await completeJob(db, claimed.id, holder, outcome.exitCode));
    if (outcome.status === "failed") {
      const { message, scriptStackTrace } = outcome.error;
      const exception = scriptStackTrace ? `${message}\n${scriptStackTrace}` : message;
      return void (await failJob(db, claimed.id, holder, { reason: message.split("\n")[0]!, exception, exitCode: outcome.exitCode }));
    }
    if (ending === "timeout") {
      const reason = `Job exceeded its timeout of ${loaded!.timeoutSeconds} s`;
      await note(reason);
      return void (await failJob(db, claimed.id, holder, { reason }));
    }
    if (ending === "drain" && loaded?.restartable) {
      const reason = `Worker ${worker.name} shut down; re-queued because the runbook is restartable`;
      await note(reason);
      await releaseJob(db, claimed.id, holder, reason);
      return notifyJobQueued(db, worker.group);
    }
    if (ending === "drain") {
      await markStopping(`Worker ${worker.name} is shutting down`);
      await note(`Stopped because worker ${worker.name} shut down before the job finished`);
    }
    await endStoppedJob(db, claimed.id, holder);
  };

  const run = async (): Promise<void> => {
    loaded = await prepareClaimedJob(db, claimed.id, worker.id);
    if (!loaded) {
      // Stopped before it started: end it here without starting PowerShell.
      if (await isStoppingOnWorker(db, claimed.id, worker.id)) await endStoppedJob(db, claimed.id, holder);
      return;
    }
    if (ending === "drain") {
      await releaseJob(db, claimed.id, holder, `Worker ${worker.name} shut down before starting the job`);
      return notifyJobQueued(db, worker.group);
    }
    // Held until the job ends, so a newer module set cannot remove directories this job imports from.
    const modules = ctx.modules ? await ctx.modules.acquire() : null;
    try {
      if (loaded.resumed) await note(loaded.resumed, { event: "resumed" });
      for (const problem of modules?.problems ?? []) await note(problem);
      await runPowerShell(loaded, modules?.paths ?? []);
    } finally {
      modules?.release();
    }
  };

  const runPowerShell = async (loaded: PreparedJob, modulePaths: string[]): Promise<void> => {
    const sink = createStreamSink(db, claimed.id, loaded.maxOutputBytes, ctx.log);
    try {
      running = await ctx.runner.start({ jobId: claimed.id, apiUrl: ctx.apiUrl, ...loaded.run, modulePaths }, (records) => sink.push(records));
    } catch (err) {
      const reason = `PowerShell could not be started: ${coerceError(err).message}`;
      await note(reason);
      return void (await failJob(db, claimed.id, holder, { reason }));
    }
    try {
      await transitionJob(db, claimed.id, "Running", { workerId: worker.id, actor: `worker:${worker.name}`, expect: ["Activating"] });
    } catch (err) {
      // Refused: a stop arrived while PowerShell was starting, or the job is not ours any more. Anything
      // else (the database is unreachable) fails the job through run()'s catch, which stops PowerShell.
      if (!isRefusedTransition(err)) throw err;
      ctx.log(`job ${claimed.id}: not started as Running: ${coerceError(err).message}`);
      requestEnd((await isStoppingOnWorker(db, claimed.id, worker.id)) ? "stop" : "lost");
    }
    if (ending) running.stop(ending === "lost" ? "stop" : ending);
    timer = setTimeout(() => void onTimeout().catch((err) => ctx.log(`timeout of job ${claimed.id}: ${coerceError(err).message}`)), loaded.timeoutSeconds * 1000);
    const outcome = await running.outcome;
    clearTimeout(timer);
    await sink.close();
    await finish(outcome);
  };

  const done = run().catch(async (thrown: unknown) => {
    clearTimeout(timer);
    const err = coerceError(thrown);
    ctx.log(`job ${claimed.id} failed in the worker: ${err.stack ?? err.message}`);
    running?.stop("stop");
    if (ending === "lost") return;
    await failJob(db, claimed.id, holder, { reason: `Worker error: ${err.message}`, exception: err.stack ?? err.message }).catch((e: unknown) =>
      ctx.log(`could not record the failure of job ${claimed.id}: ${coerceError(e).message}`),
    );
  });

  return {
    jobId: claimed.id,
    done,
    handle(action) {
      if (action === "drain") void drain().catch((err) => ctx.log(`drain of job ${claimed.id}: ${coerceError(err).message}`));
      else requestEnd(action);
    },
  };
}
