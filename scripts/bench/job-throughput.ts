import { createDb, prepareSqlite } from "@/lib/db/client";
import { createPublishedRunbook, startJobs } from "@/lib/jobs/testing/job-fixtures";
import { startWorker } from "@/worker/start-worker";
import type { HostMode } from "@/lib/workers/host-mode";
import type { JobRunner } from "@/worker/runner-types";
import { machineBusyCpuSeconds } from "./process-cpu";

export interface JobThroughput {
  jobsPerSecond: number;
  /** Machine CPU of the whole run (worker, database client, every pwsh and its sandbox) per job. */
  cpuSecondsPerJob: number;
}

/**
 * Trivial jobs (`Write-Output 1`) completed per second by `workers` workers of capacity 2, each with
 * its own runner (warm pool of 2), from a queue of `jobs` started at once. The clock and the CPU count
 * start after two jobs per worker have run, so what a worker that has been running pays no more (its
 * first claims, a shared host's start) stays out; the pool's processes started during the run, used or
 * not, are part of the price, and in hostMode "shared" so are the runspaces opened ahead of each next job.
 */
export async function benchJobThroughput(url: string, makeRunner: () => JobRunner, workers: number, jobs: number, hostMode: HostMode = "process"): Promise<JobThroughput> {
  const { db, provider } = createDb(url);
  // As a worker does at start (worker/index.ts): without it every SQLite commit waits for an fsync.
  if (provider === "sqlite") await prepareSqlite(db);
  const group = `bench-tp-${workers}-${Date.now()}`;
  const runners = Array.from({ length: workers }, makeRunner);
  // Let the warm pools fill before the clock starts.
  await new Promise((r) => setTimeout(r, 3_000));
  const running = [];
  for (let i = 0; i < workers; i++) {
    running.push(await startWorker({ db, databaseUrl: url, runner: runners[i]!, name: `${group}-w${i}`, group, capacity: 2, apiUrl: "http://127.0.0.1:1", version: "bench", log: () => {} }));
  }
  const rb = await createPublishedRunbook(db, { content: "Write-Output 1", hostMode });
  const ended = async (ids: string[]) => {
    while ((await db.job.count({ where: { id: { in: ids }, status: { in: ["Completed", "Failed"] } } })) < ids.length) await new Promise((r) => setTimeout(r, 20));
  };
  const warmUp = await startJobs(db, rb.id, workers * 2, { runOn: group });
  await ended(warmUp);
  const cpuBefore = machineBusyCpuSeconds();
  const started = performance.now();
  const ids = await startJobs(db, rb.id, jobs, { runOn: group });
  await ended(ids);
  const seconds = (performance.now() - started) / 1000;
  const cpu = machineBusyCpuSeconds() - cpuBefore;
  const failed = await db.job.findMany({ where: { id: { in: [...warmUp, ...ids] }, status: "Failed" }, select: { statusReason: true } });
  await Promise.all(running.map((w) => w.stop(0)));
  await Promise.all(runners.map((r) => r.close()));
  await db.$disconnect();
  if (failed.length > 0) throw new Error(`${failed.length} of ${jobs + warmUp.length} benchmark jobs failed: ${[...new Set(failed.map((f) => f.statusReason))].join("; ")}`);
  return { jobsPerSecond: Math.round((jobs / seconds) * 100) / 100, cpuSecondsPerJob: Math.round((cpu / jobs) * 100) / 100 };
}
