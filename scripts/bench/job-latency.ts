import { createDb, prepareSqlite } from "@/lib/db/client";
import { createPublishedRunbook, startJobs } from "@/lib/jobs/testing/job-fixtures";
import { startWorker } from "@/worker/start-worker";
import type { HostMode } from "@/lib/workers/host-mode";
import type { JobRunner } from "@/worker/runner-types";

export interface Percentiles {
  p50: number;
  p95: number;
}

export function percentiles(samples: number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { p50: Math.round(at(0.5)), p95: Math.round(at(0.95)) };
}

export interface LatencyResult {
  /** Enqueue → Running: the engine's part (wake or poll, claim, job spec, runner hand-off). */
  running: Percentiles;
  /** Enqueue → first output record stored. */
  firstOutput: Percentiles;
}

/**
 * Enqueue → Running and enqueue → first stored output record, in ms, for `samples` jobs of `Write-Output`, one at a time
 * (enqueue: the job's Queued status change is stamped; what startJob does before, PowerShell's parameter
 * check included, is the "startJob" row's)
 * on one idle worker. Between jobs the worker idles long enough to refill its warm pool (when it
 * has one) and back off to its idle poll interval, as a real idle system would. In hostMode "shared"
 * the runbook has run once before the first sample, so its host is waiting.
 */
export async function benchFirstOutputLatency(url: string, runner: JobRunner, samples: number, idleBetweenMs: number, hostMode: HostMode = "process"): Promise<LatencyResult> {
  const { db, provider } = createDb(url);
  // As a worker does at start (worker/index.ts): without it every SQLite commit waits for an fsync.
  if (provider === "sqlite") await prepareSqlite(db);
  const group = `bench-lat-${Date.now()}`;
  const worker = await startWorker({ db, databaseUrl: url, runner, name: `${group}-w`, group, capacity: 2, apiUrl: "http://127.0.0.1:1", version: "bench", log: () => {} });
  const rb = await createPublishedRunbook(db, { content: "Write-Output 'first'", hostMode });
  const times: number[] = [];
  const toRunning: number[] = [];
  try {
    // A shared host is the runbook's once its first job has run (until it idles out): that first job
    // starts the host and is not what the runbook's next jobs wait for.
    if (hostMode === "shared") {
      const [first] = await startJobs(db, rb.id, 1, { runOn: group });
      while ((await db.job.findUniqueOrThrow({ where: { id: first }, select: { status: true } })).status !== "Completed") await new Promise((r) => setTimeout(r, 20));
    }
    await new Promise((r) => setTimeout(r, idleBetweenMs));
    for (let i = 0; i < samples; i++) {
      const [jobId] = await startJobs(db, rb.id, 1, { runOn: group });
      while (!(await db.jobStreamRecord.findFirst({ where: { jobId, type: "output" }, select: { seq: true } }))) await new Promise((r) => setTimeout(r, 2));
      const stored = Date.now();
      const queued = await db.jobStatusChange.findFirstOrThrow({ where: { jobId, toStatus: "Queued" }, select: { at: true } });
      times.push(stored - queued.at.getTime());
      while ((await db.job.findUniqueOrThrow({ where: { id: jobId }, select: { status: true } })).status !== "Completed") await new Promise((r) => setTimeout(r, 20));
      const running = await db.jobStatusChange.findFirstOrThrow({ where: { jobId, toStatus: "Running" }, select: { at: true } });
      toRunning.push(running.at.getTime() - queued.at.getTime());
      await new Promise((r) => setTimeout(r, idleBetweenMs));
    }
  } finally {
    await worker.stop(0);
    await db.$disconnect();
  }
  return { running: percentiles(toRunning), firstOutput: percentiles(times) };
}
