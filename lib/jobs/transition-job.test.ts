import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import { createPublishedRunbook, type RunbookFixture } from "./testing/job-fixtures";
import { allowedActions, canTransition, jobStatuses, type JobStatus } from "@/lib/job-lifecycle/statuses";
import { transitionJob } from "./transition-job";

describe.each(testProviders)("transitionJob on %s", (provider) => {
  let t: TestDb;
  let rb: RunbookFixture;
  beforeAll(async () => {
    t = await createTestDb(provider);
    rb = await createPublishedRunbook(t.db);
  });
  afterAll(async () => t?.drop());

  async function jobIn(status: JobStatus, workerId: string | null = null): Promise<string> {
    const job = await t.db.job.create({ data: { runbookId: rb.id, runbookVersionId: rb.versionId, startedByKind: "user", status, workerId } });
    return job.id;
  }

  it("allows exactly the transitions in the table, for every pair of statuses", async () => {
    const outcomes: string[] = [];
    for (const from of jobStatuses) {
      for (const to of jobStatuses) {
        const id = await jobIn(from);
        const ok = await transitionJob(t.db, id, to, { actor: "test" }).then(
          () => true,
          (err: { code?: string }) => {
            expect(err.code).toBe("conflict");
            return false;
          },
        );
        const status = (await t.db.job.findUniqueOrThrow({ where: { id } })).status;
        expect(status).toBe(ok ? to : from);
        outcomes.push(`${from}->${to}:${ok}`);
        expect(ok, `${from} -> ${to}`).toBe(canTransition(from, to));
      }
    }
    expect(outcomes).toHaveLength(jobStatuses.length ** 2);
  });

  it("writes a timeline row with reason and actor, and the status reason", async () => {
    const id = await jobIn("Running");
    await transitionJob(t.db, id, "Stopping", { reason: "Stop requested by alice", actor: "user:alice" });
    const job = await t.db.job.findUniqueOrThrow({ where: { id }, include: { statusChanges: true } });
    expect(job.statusReason).toBe("Stop requested by alice");
    expect(job.statusChanges).toMatchObject([{ fromStatus: "Running", toStatus: "Stopping", reason: "Stop requested by alice", actor: "user:alice" }]);
  });

  it("explains an illegal transition in words", async () => {
    const id = await jobIn("Completed");
    await expect(transitionJob(t.db, id, "Stopping")).rejects.toMatchObject({ code: "conflict", message: "Cannot stop a job that is Completed" });
    await expect(transitionJob(t.db, await jobIn("Running"), "Resuming")).rejects.toThrow("Cannot resume a job that is Running");
    expect(await t.db.jobStatusChange.count({ where: { jobId: id } })).toBe(0);
  });

  it("ends a job: end time set, token and lease cleared", async () => {
    const id = await jobIn("Running");
    await t.db.job.update({ where: { id }, data: { automationTokenHash: "h-" + id, leaseExpiresAt: new Date() } });
    await transitionJob(t.db, id, "Completed");
    const job = await t.db.job.findUniqueOrThrow({ where: { id } });
    expect(job.endedAt).toBeInstanceOf(Date);
    expect(job.automationTokenHash).toBeNull();
    expect(job.leaseExpiresAt).toBeNull();
  });

  it("refuses a worker that no longer holds the job", async () => {
    const worker = await t.db.workerGroup.create({ data: { name: `g-${provider}`, workers: { create: { name: `w-${provider}`, host: "h", version: "v" } } }, include: { workers: true } });
    const id = await jobIn("Running", worker.workers[0]!.id);
    await expect(transitionJob(t.db, id, "Completed", { workerId: "someone-else" })).rejects.toThrow(/no longer held by this worker/);
    await transitionJob(t.db, id, "Completed", { workerId: worker.workers[0]!.id });
    expect((await t.db.job.findUniqueOrThrow({ where: { id } })).status).toBe("Completed");
  });

  it("lets exactly one of two racing changes win, and re-checks the loser against the new status", async () => {
    for (let i = 0; i < 5; i++) {
      const id = await jobIn("Running");
      const results = await Promise.allSettled([transitionJob(t.db, id, "Completed"), transitionJob(t.db, id, "Suspending")]);
      const job = await t.db.job.findUniqueOrThrow({ where: { id }, include: { statusChanges: true } });
      // Completed is terminal and Suspending → Completed is legal, so whichever wins, the job ends
      // Completed or Suspending with one timeline row per applied change and no lost update.
      const applied = results.filter((r) => r.status === "fulfilled").length;
      expect(job.statusChanges).toHaveLength(applied);
      expect(["Completed", "Suspending"]).toContain(job.status);
      if (job.status === "Suspending") expect(applied).toBe(1);
    }
  });
});

describe("allowedActions", () => {
  it("offers stop and suspend while running, resume and stop while suspended, nothing when ended", () => {
    expect(allowedActions("Running")).toEqual(["stop", "suspend"]);
    expect(allowedActions("Queued")).toEqual(["stop"]);
    expect(allowedActions("Suspended")).toEqual(["stop", "resume"]);
    expect(allowedActions("Completed")).toEqual([]);
    expect(allowedActions("Stopping")).toEqual([]);
  });
});
