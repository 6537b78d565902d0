import type { Db } from "@/lib/db";
import { runRetention } from "@/lib/retention/run-retention";
import { describeError } from "@/lib/db/describe-error";

export interface RetentionTimerOptions {
  db: Db;
  /** This worker's name: the lease holder and the audit event's actor. */
  workerName: string;
  log: (message: string) => void;
  /** First check after start-up. */
  firstCheckMs?: number;
  /** Later checks: cheap (one conditional UPDATE) and only the one that finds the run due purges. */
  checkEveryMs?: number;
}

export interface RetentionTimer {
  /** No further checks; a purge in progress ends after its current batch. */
  stop(): Promise<void>;
}

/**
 * Offers to run the retention purge shortly after start and then every few minutes. Every worker
 * does this; the maintenance lease lets exactly one purge when a run is due (hourly), so more workers
 * add no load.
 */
export function startRetentionTimer({ db, workerName, log, firstCheckMs = 30_000, checkEveryMs = 5 * 60_000 }: RetentionTimerOptions): RetentionTimer {
  const abort = new AbortController();
  let running: Promise<void> | null = null;
  let timer: NodeJS.Timeout;

  const check = async () => {
    try {
      const summary = await runRetention(db, {
        actor: { kind: "system", id: null, name: `worker ${workerName}` },
        holder: `worker:${workerName}`,
        trigger: "scheduled",
        signal: abort.signal,
      });
      if (summary && (summary.jobsDeleted || summary.auditEventsDeleted)) {
        log(`retention purge: ${summary.jobsDeleted} job(s) and ${summary.auditEventsDeleted} audit event(s) deleted in ${summary.durationMs} ms`);
      }
    } catch (err) {
      log(`retention purge failed: ${describeError(err)}`);
    }
  };
  const schedule = (ms: number) => {
    timer = setTimeout(() => {
      running = check().finally(() => {
        running = null;
        if (!abort.signal.aborted) schedule(checkEveryMs);
      });
    }, ms);
    timer.unref();
  };
  schedule(firstCheckMs);

  return {
    async stop() {
      abort.abort();
      clearTimeout(timer);
      await running;
    },
  };
}
