import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scheduleSoon } from "@/lib/schedules/testing/schedule-soon";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import { startWorker } from "./start-worker";
import { createScriptedRunner } from "./testing/scripted-runner";

describe.each(testProviders)("the worker's scheduler on %s", (provider) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb(provider);
  });
  afterAll(async () => t?.drop());

  it("starts a scheduled job that the worker then runs, and stops cleanly", async () => {
    const logs: string[] = [];
    const w = await startWorker({ db: t.db, databaseUrl: t.url, runner: createScriptedRunner(), name: `sched-${Date.now()}`, group: "default", capacity: 1, apiUrl: "http://127.0.0.1:1", version: "test", log: (m) => logs.push(m) });
    try {
      const schedule = await scheduleSoon(t.db, 1_500);
      // Generous: the start waits for PowerShell's parameter check, which may start its helper first.
      const deadline = Date.now() + 60_000;
      let job = null;
      // The scheduler logs once its pass is over, which can be after the worker has already run the job.
      const logged = () => logs.some((l) => l.includes(": started (job "));
      while (!job || job.status !== "Completed" || !logged()) {
        if (Date.now() > deadline) throw new Error(`no completed scheduled job: ${JSON.stringify(job)}\n${logs.join("\n")}`);
        await new Promise((r) => setTimeout(r, 100));
        job = await t.db.job.findFirst({ where: { scheduleId: schedule.id }, select: { status: true, startedByKind: true, startedByName: true } });
      }
      expect(job).toMatchObject({ startedByKind: "schedule", startedByName: schedule.name });
    } finally {
      await w.stop(0);
    }
  });
});
