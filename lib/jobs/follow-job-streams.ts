import type { DbOrTx } from "@/lib/db";
import { watchJobActivity } from "@/lib/db/job-activity-listener";
import { notFound } from "@/lib/errors";
import type { JobStreamRecordView } from "./job-views";
import { listJobStreams } from "./list-job-streams";
import { isJobStatus, isTerminal } from "@/lib/job-lifecycle/statuses";

export type JobStreamEvent =
  | { event: "record"; id: number; data: JobStreamRecordView[] }
  | { event: "status"; data: { status: string; statusReason: string | null } }
  | { event: "ping" };

export interface FollowOptions {
  after: number;
  signal: AbortSignal;
  /** How often the database is polled for new records and status changes without notifications (SQLite; PostgreSQL while its LISTEN is down). */
  pollMs?: number;
  /** On PostgreSQL, woken by the job's notifications: the safety-net poll for one that was lost. */
  fallbackPollMs?: number;
  /** An idle stream sends a ping this often so proxies keep the connection open. */
  pingMs?: number;
}

const pageSize = 1000;

/**
 * A job's records and status changes as they happen, for the live view (SSE): records after
 * `after` in order, a `status` event whenever the status changes (first the current one). When the
 * job is terminal, every remaining record is sent before the final `status` event and the stream
 * ends, so a client that closes on a terminal status has seen everything.
 */
export async function* followJobStreams(db: DbOrTx, jobId: string, options: FollowOptions): AsyncGenerator<JobStreamEvent> {
  const pingMs = options.pingMs ?? 15_000;
  let lastSeq = options.after;
  let lastStatus: string | null = null;
  let lastSent = Date.now();

  async function* drain(): AsyncGenerator<JobStreamEvent> {
    for (;;) {
      const page = await listJobStreams(db, jobId, { after: lastSeq, limit: pageSize });
      if (page.items.length === 0) return;
      lastSeq = page.lastSeq;
      lastSent = Date.now();
      yield { event: "record", id: lastSeq, data: page.items };
      if (page.items.length < pageSize) return;
    }
  }

  // Watched before the first read, so a change committed while it reads still wakes the next wait.
  const activity = watchJobActivity(db, jobId, { pollMs: options.pollMs ?? 250, fallbackMs: options.fallbackPollMs ?? 5_000 });
  try {
    while (!options.signal.aborted) {
      const job = await db.job.findUnique({ where: { id: jobId }, select: { status: true, statusReason: true } });
      if (!job) throw notFound("Job");
      yield* drain();
      if (job.status !== lastStatus) {
        const terminal = isJobStatus(job.status) && isTerminal(job.status);
        // A system record written just after the final transition (the reaper's) still makes it.
        if (terminal) yield* drain();
        lastStatus = job.status;
        lastSent = Date.now();
        yield { event: "status", data: { status: job.status, statusReason: job.statusReason } };
        if (terminal) return;
      }
      if (Date.now() - lastSent >= pingMs) {
        lastSent = Date.now();
        yield { event: "ping" };
      }
      await activity.next(options.signal);
    }
  } finally {
    activity.close();
  }
}
