import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import { dashboardJobs } from "./dashboard-jobs";
import { createPublishedRunbook, startJobs } from "./testing/job-fixtures";

describe.each(testProviders)("dashboard jobs on %s", (provider) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb(provider);
  });
  afterAll(async () => t?.drop());

  it("lists running and queued jobs with why they wait, and failures with their first error line, within the caller's tags", async () => {
    const ops = await createPublishedRunbook(t.db, { tags: ["ops"] });
    const dev = await createPublishedRunbook(t.db, { tags: ["dev"] });
    const [queued, running, failed, completed] = await startJobs(t.db, ops.id, 4, { runOn: "default" });
    await t.db.job.update({ where: { id: running! }, data: { status: "Running" } });
    await t.db.job.update({ where: { id: failed! }, data: { status: "Failed", endedAt: new Date(), exception: "\nCannot find path 'C:\\x'\n   at line 3" } });
    await t.db.job.update({ where: { id: completed! }, data: { status: "Completed", endedAt: new Date() } });
    const [devQueued] = await startJobs(t.db, dev.id, 1);

    const all = await dashboardJobs(t.db, { visibleTags: null });
    expect(all.active.map((j) => [j.id, j.status, j.waitingReason])).toEqual([
      [queued, "Queued", "No worker in group 'default' is online"],
      [running, "Running", null],
      [devQueued, "Queued", "No worker in group 'default' is online"],
    ]);
    expect(all.failures.map((j) => [j.id, j.errorLine])).toEqual([[failed, "Cannot find path 'C:\\x'"]]);

    const scoped = await dashboardJobs(t.db, { visibleTags: ["dev"] });
    expect(scoped.active.map((j) => j.id)).toEqual([devQueued]);
    expect(scoped.failures).toEqual([]);
  });
});
