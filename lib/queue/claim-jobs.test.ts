import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/lib/db/client";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import { createPublishedRunbook, createWorkerRow, startJobs } from "@/lib/jobs/testing/job-fixtures";
import { transitionJob } from "@/lib/jobs/transition-job";
import { claimJob, type ClaimingWorker } from "./claim-job";

describe.each(testProviders)("claimJob on %s", (provider) => {
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
   * the claimers share the process's one client: better-sqlite3 waits for a busy lock synchronously,
   * so two connections in one process would block each other's commit (separate processes do not;
   * worker/worker-process.test.ts runs those).
   */
  function client(): Db {
    if (provider === "sqlite") return t.db;
    const { db } = createDb(t.url, { poolSize: 2 });
    extraClients.push(db);
    return db;
  }

  async function drain(db: Db, worker: ClaimingWorker): Promise<string[]> {
    const ids: string[] = [];
    for (;;) {
      const job = await claimJob(db, worker);
      if (!job) return ids;
      ids.push(job.id);
    }
  }

  it("claims the oldest queued job atomically: worker, lease, attempts, Activating and a timeline row", async () => {
    const worker = await createWorkerRow(t.db, { group: "default" });
    const rb = await createPublishedRunbook(t.db);
    const [first, second] = await startJobs(t.db, rb.id, 2);
    const before = Date.now();
    const claimed = await claimJob(t.db, worker);
    expect(claimed).toEqual({ id: first, runbookId: rb.id, attempts: 1 });
    const job = await t.db.job.findUniqueOrThrow({ where: { id: first }, include: { statusChanges: { orderBy: { id: "asc" } } } });
    expect(job.status).toBe("Activating");
    expect(job.workerId).toBe(worker.id);
    expect(job.leaseExpiresAt!.getTime()).toBeGreaterThan(before + 10_000);
    expect(job.statusChanges.map((c) => c.toStatus)).toEqual(["New", "Queued", "Activating"]);
    expect(job.statusChanges[2]).toMatchObject({ fromStatus: "Queued", actor: `worker:${worker.name}` });
    expect((await claimJob(t.db, worker))?.id).toBe(second);
    expect(await claimJob(t.db, worker)).toBeNull();
  });

  it("claims only jobs aimed at the worker's group", async () => {
    const east = await createWorkerRow(t.db, { group: "east" });
    const west = await createWorkerRow(t.db, { group: "west" });
    const anyDefault = await createWorkerRow(t.db, { group: "default" });
    const rb = await createPublishedRunbook(t.db);
    const [eastJob] = await startJobs(t.db, rb.id, 1, { runOn: "east" });
    expect(await claimJob(t.db, west)).toBeNull();
    expect(await claimJob(t.db, anyDefault)).toBeNull();
    expect((await claimJob(t.db, east))?.id).toBe(eastJob);
  });

  it("honours the runbook's concurrency limit, and frees a slot when a job ends", async () => {
    const worker = await createWorkerRow(t.db);
    const limited = await createPublishedRunbook(t.db, { concurrencyLimit: 2 });
    const ids = await startJobs(t.db, limited.id, 4);
    const claimed = await drain(t.db, worker);
    expect(claimed).toEqual(ids.slice(0, 2));
    await transitionJob(t.db, claimed[0]!, "Failed");
    expect((await claimJob(t.db, worker))?.id).toBe(ids[2]);
    expect(await claimJob(t.db, worker)).toBeNull();
  });

  it("gives each job to exactly one of several concurrent claimers", async () => {
    const rb = await createPublishedRunbook(t.db);
    const ids = await startJobs(t.db, rb.id, 60);
    const workers = await Promise.all([0, 1, 2, 3].map(() => createWorkerRow(t.db)));
    const results = await Promise.all(workers.map((w) => drain(client(), w)));
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
    await Promise.all(workers.map((w) => drain(client(), w)));
    expect(await t.db.job.count({ where: { runbookId: limited.id, status: "Activating" } })).toBe(3);
    expect(await t.db.job.count({ where: { runbookId: other.id, status: "Activating" } })).toBe(12);
  });
});
