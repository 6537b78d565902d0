import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPublishedRunbook, createWorkerRow, startJobs } from "@/lib/jobs/testing/job-fixtures";
import { transitionJob } from "@/lib/jobs/transition-job";
import { createDb } from "@/lib/db/client";
import { cutDatabase } from "@/lib/testing/database-outage";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import { claimJobs } from "./claim-jobs";
import { leaseMs } from "./lease";
import { startReaper } from "./start-reaper";

describe.each(testProviders)("startReaper on %s", (provider) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb(provider);
  });
  afterAll(async () => t?.drop());

  it("resolves a lost worker's job on its own timer and logs it; stop() ends the passes", async () => {
    const worker = await createWorkerRow(t.db);
    const runbook = await createPublishedRunbook(t.db);
    const [jobId] = await startJobs(t.db, runbook.id, 1);
    await claimJobs(t.db, worker);
    await transitionJob(t.db, jobId!, "Running", { workerId: worker.id });
    await t.db.job.update({ where: { id: jobId }, data: { leaseExpiresAt: new Date(Date.now() - 1) } });

    const lines: string[] = [];
    const reaper = startReaper(t.db, (line) => lines.push(line), { intervalMs: 50 });
    const deadline = Date.now() + 30_000;
    while (!lines.some((l) => l.startsWith(`job ${jobId}: Running → Failed`)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    await reaper.stop();
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^job ${jobId}: Running → Failed: The worker ${worker.name} was lost`)));
    expect((await t.db.job.findUniqueOrThrow({ where: { id: jobId } })).status).toBe("Failed");
  });

  it("does not take a lease that ran out while it could not reach the database either, until a lease after the database came back", async () => {
    const worker = await createWorkerRow(t.db);
    const runbook = await createPublishedRunbook(t.db);
    const [jobId] = await startJobs(t.db, runbook.id, 1);
    await claimJobs(t.db, worker);
    await transitionJob(t.db, jobId!, "Running", { workerId: worker.id });
    const leaseEnd = Date.now() + 1_000;
    await t.db.job.update({ where: { id: jobId }, data: { leaseExpiresAt: new Date(leaseEnd) } });
    // The reaper's own client, cut off by the outage like any other process's.
    const { db } = createDb(t.url, { poolSize: 1, sqliteBusyTimeoutMs: 100 });
    const lines: string[] = [];
    let failedAfterLeaseEnd = false;
    const reaper = startReaper(
      db,
      (line) => {
        lines.push(line);
        if (line.startsWith("reaper pass failed") && Date.now() > leaseEnd) failedAfterLeaseEnd = true;
      },
      { intervalMs: 100 },
    );
    const status = async () => (await t.db.job.findUniqueOrThrow({ where: { id: jobId } })).status;
    const until = async (what: string, condition: () => boolean | Promise<boolean>) => {
      const deadline = Date.now() + 60_000;
      while (!(await condition())) {
        if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}:\n${lines.join("\n")}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    try {
      const outage = await cutDatabase(t.url);
      // The lease runs out during the outage, and the reaper's passes fail.
      await until("a failed pass after the lease ran out", () => failedAfterLeaseEnd);
      await outage.end();
      const recoveredAt = Date.now();
      // Its worker had as little database as the reaper: it gets a whole lease to renew.
      while (Date.now() - recoveredAt < leaseMs - 3_000) {
        expect(await status()).toBe("Running");
        await new Promise((r) => setTimeout(r, 500));
      }
      await until("the job to be reaped once the lease after recovery has passed", async () => (await status()) === "Failed");
      expect(Date.now() - recoveredAt).toBeGreaterThanOrEqual(leaseMs);
    } finally {
      await reaper.stop();
      await db.$disconnect();
    }
  });
});
