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
 * its own runner (warm pool of 2), from a queue of `jobs` started at once. CPU counts from the
 * runners' creation to their close, so the pool's processes, used or not, are part of the price; in
 * hostMode "shared" so are the shared hosts' runspaces opened ahead of each next job.
 */
export async function benchJobThroughput(url: string, makeRunner: () => JobRunner, workers: number, jobs: number, hostMode: HostMode = "process"): Promise<JobThroughput> {
  const { db, provider } = createDb(url);
  // As a worker does at start (worker/index.ts): without it every SQLite commit waits for an fsync.
  if (provider === "sqlite") await prepareSqlite(db);
  const cpuBefore = machineBusyCpuSeconds();
  const group = `bench-tp-${workers}-${Date.now()}`;
  const runners = Array.from({ length: workers }, makeRunner);
  // Let the warm pools fill before the clock starts.
  await new Promise((r) => setTimeout(r, 3_000));
  const running = [];
  for (let i = 0; i < workers; i++) {
    running.push(await startWorker({ db, databaseUrl: url, runner: runners[i]!, name: `${group}-w${i}`, group, capacity: 2, apiUrl: "http://127.0.0.1:1", version: "bench", log: () => {} }));
  }
  const rb = await createPublishedRunbook(db, { content: "Write-Output 1", hostMode });
  const started = performance.now();
  const ids = await startJobs(db, rb.id, jobs, { runOn: group });
  while ((await db.job.count({ where: { id: { in: ids }, status: { in: ["Completed", "Failed"] } } })) < jobs) await new Promise((r) => setTimeout(r, 20));
  const seconds = (performance.now() - started) / 1000;
  const failed = await db.job.count({ where: { id: { in: ids }, status: "Failed" } });
  await Promise.all(running.map((w) => w.stop(0)));
  await Promise.all(runners.map((r) => r.close()));
  const cpu = machineBusyCpuSeconds() - cpuBefore;
  await db.$disconnect();
  if (failed > 0) throw new Error(`${failed} of ${jobs} benchmark jobs failed`);
  return { jobsPerSecond: Math.round((jobs / seconds) * 100) / 100, cpuSecondsPerJob: Math.round((cpu / jobs) * 100) / 100 };
}
