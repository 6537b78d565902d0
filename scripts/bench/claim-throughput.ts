import { createDb, type Db } from "@/lib/db/client";
import type { DbProvider } from "@/lib/config/database-url";
import { createPublishedRunbook, createWorkerRow } from "@/lib/jobs/testing/job-fixtures";
import { claimJobs, type ClaimingWorker } from "@/lib/queue/claim-jobs";

export interface ClaimThroughput {
  claimers: number;
  batch: number;
  jobs: number;
  claimsPerSecond: number;
}

/** Inserts queued jobs directly (the start path is not what this measures). */
async function enqueue(db: Db, runbook: { id: string; versionId: string }, count: number): Promise<void> {
  const base = Date.now();
  for (let i = 0; i < count; i += 500) {
    const n = Math.min(500, count - i);
    await db.job.createMany({
      data: Array.from({ length: n }, (_, k) => ({
        runbookId: runbook.id,
        runbookVersionId: runbook.versionId,
        status: "Queued",
        startedByKind: "user",
        createdAt: new Date(base + i + k),
        queuedAt: new Date(base + i + k),
      })),
    });
  }
}

/**
 * Bare queue claims per second (no PowerShell): `jobs` queued jobs, `claimers` concurrent claim
 * loops taking up to `batch` jobs per claim (a worker fills all its free slots at once), each with its own client like a worker process would have (SQLite: one client, since
 * better-sqlite3 serialises a process's writes anyway). Also checks every job was claimed once.
 */
export async function benchClaimThroughput(url: string, provider: DbProvider, jobs: number, claimers: number, batch: number): Promise<ClaimThroughput> {
  const setup = createDb(url).db;
  const runbook = await createPublishedRunbook(setup, { name: `bench-${provider}-${claimers}-${Date.now()}` });
  await enqueue(setup, runbook, jobs);
  const workers: ClaimingWorker[] = [];
  for (let i = 0; i < claimers; i++) workers.push(await createWorkerRow(setup, { group: "default" }));
  const clients = workers.map(() => (provider === "sqlite" ? setup : createDb(url, { poolSize: 2 }).db));
  // Warm each client's connection so connecting is not timed.
  await Promise.all(clients.map((c) => c.$queryRaw`SELECT 1`));
  const started = performance.now();
  const claimed = await Promise.all(
    workers.map(async (w, i) => {
      const ids: string[] = [];
      for (let jobs = await claimJobs(clients[i]!, w, batch); jobs.length > 0; jobs = await claimJobs(clients[i]!, w, batch)) ids.push(...jobs.map((j) => j.id));
      return ids;
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const all = claimed.flat();
  if (all.length !== jobs || new Set(all).size !== jobs) throw new Error(`claimed ${all.length} (${new Set(all).size} distinct) of ${jobs} jobs`);
  // Claimed jobs would look lost to later measurements' reapers once their leases expire.
  await setup.runbook.delete({ where: { id: runbook.id } });
  await Promise.all([...new Set([setup, ...clients])].map((c) => c.$disconnect()));
  return { claimers, batch, jobs, claimsPerSecond: Math.round(jobs / seconds) };
}
