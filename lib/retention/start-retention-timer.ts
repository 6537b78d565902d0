import crypto from "node:crypto";
import type { Db } from "@/lib/db";
import { describeError } from "@/lib/db/describe-error";
import { runRetention } from "./run-retention";

export interface RetentionTimerOptions {
  db: Db;
  /** The process that offers to purge, as people read it ("worker w1", "web service host-4242"): the audit event's actor. */
  instanceName: string;
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
 * Offers to run the retention purge shortly after start and then every few minutes. The web service
 * and every worker do this; the maintenance lease lets exactly one purge when a run is due (hourly),
 * so more processes add no load.
 */
export function startRetentionTimer({ db, instanceName, log, firstCheckMs = 30_000, checkEveryMs = 5 * 60_000 }: RetentionTimerOptions): RetentionTimer {
  // The lease holder must be this process alone, or it could renew or release another's lease.
  // Instance names need not be unique: replicas of the web service may share a host name and PID 1.
  const holder = `${instanceName} #${crypto.randomBytes(4).toString("hex")}`;
  const abort = new AbortController();
  let running: Promise<void> | null = null;
  let timer: NodeJS.Timeout;

  const check = async () => {
    try {
      const summary = await runRetention(db, {
        actor: { kind: "system", id: null, name: instanceName },
        holder,
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
