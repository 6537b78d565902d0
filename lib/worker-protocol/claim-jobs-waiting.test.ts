import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqliteDatabaseFile, sqliteWakeDir } from "@/lib/db/sqlite-wake";
import { withPgClient } from "@/lib/db/with-pg-client";
import { jobsChannel } from "@/lib/jobs/notify-job-queued";
import { createPublishedRunbook, createWorkerRow, startJobs, type RunbookFixture } from "@/lib/jobs/testing/job-fixtures";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import { claimJobsWaiting } from "./claim-jobs-waiting";

// The safety re-check is put out of reach and the wait outlasts the test's timeout, so only the
// wake can end the wait in time.
const noRecheck = { recheckMs: 600_000 };
const waitMs = 25_000;
const timeout = 15_000;

describe.each(testProviders)("claimJobsWaiting on %s", (provider) => {
  let t: TestDb;
  let runbook: RunbookFixture;
  beforeAll(async () => {
    t = await createTestDb(provider);
    runbook = await createPublishedRunbook(t.db);
  });
  afterAll(async () => t?.drop());

  /** The wake source is set up: the LISTEN took effect, or the wake directory (new in this database) is watched. */
  async function sourceReady(): Promise<void> {
    const giveUp = Date.now() + 15_000;
    const ready = async () =>
      provider === "postgresql"
        ? withPgClient(t.url, async (c) => (await c.query("SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND query ILIKE $1 AND state = 'idle'", [`LISTEN ${jobsChannel}%`])).rowCount! > 0)
        : fs.existsSync(sqliteWakeDir((await sqliteDatabaseFile(t.db))!));
    while (!(await ready())) {
      if (Date.now() > giveUp) throw new Error("gave up waiting for the wake source");
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  it("is woken by a job queued for its group while it waits, not by the clock, and leaves the job for the worker's next claim", { timeout }, async () => {
    const worker = await createWorkerRow(t.db, { group: "wake" });
    let settled = false;
    const waiting = claimJobsWaiting(t.db, worker, 1, waitMs, new AbortController().signal, noRecheck).finally(() => (settled = true));
    await sourceReady();
    // The source coming up is no wake: the claim still waits.
    await new Promise((r) => setImmediate(r));
    expect(settled).toBe(false);
    const [jobId] = await startJobs(t.db, runbook.id, 1, { runOn: "wake" });
    expect(await waiting).toEqual([]);
    expect((await t.db.job.findUniqueOrThrow({ where: { id: jobId } })).status).toBe("Queued");
    expect(await claimJobsWaiting(t.db, worker, 1, 0, new AbortController().signal)).toEqual([{ id: jobId, runbookId: runbook.id, attempts: 1 }]);
  });

  it("claims what is queued when it arrives, without waiting", { timeout }, async () => {
    const worker = await createWorkerRow(t.db, { group: "ready" });
    const [jobId] = await startJobs(t.db, runbook.id, 1, { runOn: "ready" });
    expect(await claimJobsWaiting(t.db, worker, 1, waitMs, new AbortController().signal, noRecheck)).toEqual([{ id: jobId, runbookId: runbook.id, attempts: 1 }]);
  });

  it("ends its wait at a look that finds a job queued, when no wake came", { timeout }, async () => {
    const worker = await createWorkerRow(t.db, { group: "look" });
    // A job whose wake nobody heard: queued before the wait, yet claimable only once a limit allows.
    const limited = await createPublishedRunbook(t.db, { concurrencyLimit: 1 });
    const [running] = await startJobs(t.db, limited.id, 1, { runOn: "look" });
    await t.db.job.update({ where: { id: running! }, data: { status: "Running" } });
    const [queued] = await startJobs(t.db, limited.id, 1, { runOn: "look" });
    expect(await claimJobsWaiting(t.db, worker, 1, waitMs, new AbortController().signal, { recheckMs: 50 })).toEqual([]);
    expect((await t.db.job.findUniqueOrThrow({ where: { id: queued! } })).status).toBe("Queued");
  });

  it("ends its wait when the request ends, and claims nothing once it has", { timeout }, async () => {
    const worker = await createWorkerRow(t.db, { group: "gone" });
    const ended = new AbortController();
    const waiting = claimJobsWaiting(t.db, worker, 1, waitMs, ended.signal, noRecheck);
    await sourceReady();
    ended.abort();
    expect(await waiting).toEqual([]);
    const [jobId] = await startJobs(t.db, runbook.id, 1, { runOn: "gone" });
    expect(await claimJobsWaiting(t.db, worker, 1, waitMs, ended.signal, noRecheck)).toEqual([]);
    expect((await t.db.job.findUniqueOrThrow({ where: { id: jobId } })).status).toBe("Queued");
  });
});
