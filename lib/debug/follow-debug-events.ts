import type { DbOrTx } from "@/lib/db";
import { watchJobActivity } from "@/lib/db/job-activity-listener";
import { notFound } from "@/lib/errors";
import type { DebugEvent } from "./debug-protocol";
import { jobHasEnded } from "./debug-session-state";

export type DebugStreamItem = { kind: "event"; id: number; event: DebugEvent } | { kind: "ping" };

export interface FollowDebugOptions {
  /** Events after this DebugMessage id (the SSE Last-Event-ID). */
  after: number;
  signal: AbortSignal;
  /** How often new events are polled for without notifications (SQLite; PostgreSQL while its LISTEN is down). */
  pollMs?: number;
  /** On PostgreSQL, woken by the job's notifications: the safety-net poll for one that was lost. */
  fallbackPollMs?: number;
  /** An idle stream sends a ping this often so proxies keep the connection open. */
  pingMs?: number;
}

const pageSize = 500;

/**
 * The host's debug events of one session in order, as the worker stored them, until the `ended`
 * event, which comes last. The worker writes `ended` before the job's final status, so a job found
 * ended whose events hold no `ended` ended without a worker to say so (stopped while queued, its
 * worker lost): the stream then closes with an `ended` of its own, naming the job's status.
 */
export async function* followDebugEvents(db: DbOrTx, jobId: string, options: FollowDebugOptions): AsyncGenerator<DebugStreamItem> {
  const pingMs = options.pingMs ?? 15_000;
  let last = options.after;
  let lastSent = Date.now();
  // Watched before the first read, so an event committed while it reads still wakes the next wait.
  const activity = watchJobActivity(db, jobId, { pollMs: options.pollMs ?? 200, fallbackMs: options.fallbackPollMs ?? 5_000 });
  try {
    while (!options.signal.aborted) {
      // Read before the events: an `ended` written before this status is then in the page below.
      const job = await db.job.findUnique({ where: { id: jobId }, select: { status: true, statusReason: true } });
      if (!job) throw notFound("Job");
      const page = await db.debugMessage.findMany({ where: { jobId, direction: "event", id: { gt: last } }, orderBy: { id: "asc" }, take: pageSize, select: { id: true, body: true } });
      for (const message of page) {
        last = message.id;
        lastSent = Date.now();
        const event = message.body as unknown as DebugEvent;
        yield { kind: "event", id: message.id, event };
        if (event.event === "ended") return;
      }
      if (page.length === pageSize) continue;
      if (jobHasEnded(job.status)) {
        yield { kind: "event", id: last, event: { event: "ended", reason: `The job is ${job.status}${job.statusReason ? `: ${job.statusReason}` : ""}` } };
        return;
      }
      if (Date.now() - lastSent >= pingMs) {
        lastSent = Date.now();
        yield { kind: "ping" };
      }
      await activity.next(options.signal);
    }
  } finally {
    activity.close();
  }
}
