import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/lib/db/client";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import { createPublishedRunbook, createWorkerRow, startJobs } from "@/lib/jobs/testing/job-fixtures";
import { transitionJob } from "@/lib/jobs/transition-job";
import { claimJobs, type ClaimingWorker } from "./claim-jobs";

describe.each(testProviders)("claimJobs on %s", (provider) => {
  let t: TestDb;
  const extraClients: Db[] = [];
  beforeAll(async () => {
    t = await createTestDb(provider);
  });
  afterAll(async () => {
    await Promise.all(extraClients.map((c) => c.$disconnect()));
    await t?.drop();
  });

  /**
   * A separate client per claimer on PostgreSQL, as separate worker processes would have. On SQLite
   * the claimers share the process's one connection, whose gate takes them in turn: with a connection
   * each, whoever just committed usually takes the write lock again before the others' next try, so
   * one claimer could drain the queue alone (separate processes: worker/worker-process.test.ts).
   */
  function client(): Db {
    if (provider === "sqlite") return t.db;
    const { db } = createDb(t.url, { poolSize: 2 });
    extraClients.push(db);
    return db;
  }

  async function drain(db: Db, worker: ClaimingWorker, batch = 1): Promise<string[]> {
    const ids: string[] = [];
    for (;;) {
      const jobs = await claimJobs(db, worker, batch);
      if (jobs.length === 0) return ids;
      ids.push(...jobs.map((j) => j.id));
    }
  }

  it("claims the oldest queued job atomically: worker, lease, attempts, Activating and a timeline row", async () => {
    const worker = await createWorkerRow(t.db, { group: "default" });
    const rb = await createPublishedRunbook(t.db);
    const [first, second] = await startJobs(t.db, rb.id, 2);
    const before = Date.now();
    const claimed = await claimJobs(t.db, worker);
    expect(claimed).toEqual([{ id: first, runbookId: rb.id, attempts: 1 }]);
    const job = await t.db.job.findUniqueOrThrow({ where: { id: first }, include: { statusChanges: { orderBy: { id: "asc" } } } });
    expect(job.status).toBe("Activating");
    expect(job.workerId).toBe(worker.id);
    expect(job.leaseExpiresAt!.getTime()).toBeGreaterThan(before + 10_000);
    expect(job.statusChanges.map((c) => c.toStatus)).toEqual(["New", "Queued", "Activating"]);
    expect(job.statusChanges[2]).toMatchObject({ fromStatus: "Queued", actor: `worker:${worker.name}` });
    expect((await claimJobs(t.db, worker))[0]?.id).toBe(second);
    expect(await claimJobs(t.db, worker)).toEqual([]);
  });

  it("fills several free slots at once, oldest first, without passing a concurrency limit", async () => {
    const worker = await createWorkerRow(t.db, { group: "batch" });
    const limited = await createPublishedRunbook(t.db, { concurrencyLimit: 1 });
    const plain = await createPublishedRunbook(t.db);
    const [l1, l2] = await startJobs(t.db, limited.id, 2, { runOn: "batch" });
    const [p1, p2] = await startJobs(t.db, plain.id, 2, { runOn: "batch" });
    const first = await claimJobs(t.db, worker, 3);
    expect(first.map((j) => j.id).sort()).toEqual([l1, p1, p2].sort());
    expect(await claimJobs(t.db, worker, 3)).toEqual([]);
    expect((await t.db.job.findUniqueOrThrow({ where: { id: l2 } })).status).toBe("Queued");
  });

  it("claims only jobs aimed at the worker's group", async () => {
    const east = await createWorkerRow(t.db, { group: "east" });
    const west = await createWorkerRow(t.db, { group: "west" });
    const anyDefault = await createWorkerRow(t.db, { group: "default" });
    const rb = await createPublishedRunbook(t.db);
    const [eastJob] = await startJobs(t.db, rb.id, 1, { runOn: "east" });
    expect(await claimJobs(t.db, west)).toEqual([]);
    expect(await claimJobs(t.db, anyDefault)).toEqual([]);
    expect((await claimJobs(t.db, east))[0]?.id).toBe(eastJob);
  });

  it("honours the runbook's concurrency limit, and frees a slot when a job ends", async () => {
    const worker = await createWorkerRow(t.db);
    const limited = await createPublishedRunbook(t.db, { concurrencyLimit: 2 });
    const ids = await startJobs(t.db, limited.id, 4);
    const claimed = await drain(t.db, worker);
    expect(claimed).toEqual(ids.slice(0, 2));
    await transitionJob(t.db, claimed[0]!, "Failed");
    expect((await claimJobs(t.db, worker))[0]?.id).toBe(ids[2]);
    expect(await claimJobs(t.db, worker)).toEqual([]);
  });

  it("gives each job to exactly one of several concurrent claimers", async () => {
    const rb = await createPublishedRunbook(t.db);
    const ids = await startJobs(t.db, rb.id, 60);
    const workers = await Promise.all([0, 1, 2, 3].map(() => createWorkerRow(t.db)));
    // Single claims and batches (a worker filling several free slots) at once.
    const results = await Promise.all(workers.map((w, i) => drain(client(), w, i + 1)));
    const all = results.flat();
    expect(all.sort()).toEqual([...ids].sort());
    expect(new Set(all).size).toBe(60);
  });

  it("keeps the concurrency limit exact under concurrent claimers", async () => {
    const limited = await createPublishedRunbook(t.db, { concurrencyLimit: 3 });
    const other = await createPublishedRunbook(t.db);
    // Interleave limited and unlimited jobs so claimers race on both paths.
    for (let i = 0; i < 12; i++) {
      await startJobs(t.db, limited.id, 1);
      await startJobs(t.db, other.id, 1);
    }
    const workers = await Promise.all([0, 1, 2, 3].map(() => createWorkerRow(t.db)));
    await Promise.all(workers.map((w, i) => drain(client(), w, i + 1)));
    expect(await t.db.job.count({ where: { runbookId: limited.id, status: "Activating" } })).toBe(3);
    expect(await t.db.job.count({ where: { runbookId: other.id, status: "Activating" } })).toBe(12);
  });

  it("hands 500 jobs to 3 concurrent claim loops, each job exactly once", async () => {
    const rb = await createPublishedRunbook(t.db);
    const base = Date.now();
    await t.db.job.createMany({
      data: Array.from({ length: 500 }, (_, i) => ({ runbookId: rb.id, runbookVersionId: rb.versionId, status: "Queued", startedByKind: "user", runOn: "bulk", createdAt: new Date(base + i) })),
    });
    const workers = await Promise.all([0, 1, 2].map(() => createWorkerRow(t.db, { group: "bulk" })));
    const results = await Promise.all(workers.map((w, i) => drain(client(), w, [1, 2, 4][i])));
    const all = results.flat();
    expect(all).toHaveLength(500);
    expect(new Set(all).size).toBe(500);
    expect(results.every((r) => r.length > 0)).toBe(true);
    const claims = await t.db.jobStatusChange.groupBy({ by: ["jobId"], where: { toStatus: "Activating", job: { runbookId: rb.id } }, _count: { _all: true } });
    expect(claims).toHaveLength(500);
    expect(claims.every((c) => c._count._all === 1)).toBe(true);
  });
});
