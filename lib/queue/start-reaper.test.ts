import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPublishedRunbook, createWorkerRow, startJobs } from "@/lib/jobs/testing/job-fixtures";
import { transitionJob } from "@/lib/jobs/transition-job";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import { claimJobs } from "./claim-jobs";
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
    const reaper = startReaper(t.db, (line) => lines.push(line), 50);
    const deadline = Date.now() + 30_000;
    while (!lines.some((l) => l.startsWith(`job ${jobId}: Running → Failed`)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    await reaper.stop();
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^job ${jobId}: Running → Failed: The worker ${worker.name} was lost`)));
    expect((await t.db.job.findUniqueOrThrow({ where: { id: jobId } })).status).toBe("Failed");
  });
});
