import type { DbOrTx } from "@/lib/db";
import { aliveSince } from "@/lib/workers/worker-liveness";
import { activeStatuses } from "@/lib/job-lifecycle/statuses";

export interface WaitingJob {
  status: string;
  runbookId: string;
  runOn: string;
}

/**
 * Why a queued job has not started, in one sentence for the job page; null for jobs not waiting.
 * Checked in the order a worker's claim would fail: the runbook's concurrency limit, then whether
 * any worker of the group is alive, then whether they all are full.
 */
export async function explainWait(db: DbOrTx, job: WaitingJob, now = new Date()): Promise<string | null> {
  if (job.status !== "Queued") return null;
  const runbook = await db.runbook.findUnique({ where: { id: job.runbookId }, select: { concurrencyLimit: true } });
  if (runbook?.concurrencyLimit != null) {
    const running = await db.job.count({ where: { runbookId: job.runbookId, status: { in: [...activeStatuses] } } });
    if (running >= runbook.concurrencyLimit) {
      return `${running} of ${runbook.concurrencyLimit} allowed jobs of this runbook are running`;
    }
  }
  const workers = await db.worker.findMany({
    where: { group: { name: job.runOn }, state: "online", lastHeartbeatAt: { gte: aliveSince(now) } },
    select: { capacity: true, _count: { select: { jobs: { where: { status: { in: [...activeStatuses] } } } } } },
  });
  if (workers.length === 0) return `No worker in group '${job.runOn}' is online`;
  const capacity = workers.reduce((sum, w) => sum + w.capacity, 0);
  const running = workers.reduce((sum, w) => sum + w._count.jobs, 0);
  if (running >= capacity) {
    const who = workers.length === 1 ? `The only worker in group '${job.runOn}' is` : `All ${workers.length} workers in group '${job.runOn}' are`;
    return `${who} at capacity (${running} of ${capacity} jobs running)`;
  }
  return "Waiting for a worker to pick it up";
}
