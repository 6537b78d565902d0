import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actingAs } from "@/lib/audit/testing/acting-as";
import { createPublishedRunbook } from "@/lib/jobs/testing/job-fixtures";
import { createSchedule } from "@/lib/schedules/create-schedule";
import { linkRunbook } from "@/lib/schedules/link-runbook";
import { createScheduleSchema } from "@/lib/schedules/schemas";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import { startWorker } from "./start-worker";
import { createScriptedRunner } from "./testing/scripted-runner";

const by = actingAs("tester");

describe.each(testProviders)("the worker's scheduler on %s", (provider) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb(provider);
  });
  afterAll(async () => t?.drop());

  it("starts a scheduled job that the worker then runs, and stops cleanly", async () => {
    const logs: string[] = [];
    const w = await startWorker({ db: t.db, databaseUrl: t.url, runner: createScriptedRunner(), name: `sched-${Date.now()}`, group: "default", capacity: 1, apiUrl: "http://127.0.0.1:1", version: "test", log: (m) => logs.push(m), scheduleTickMs: 200 });
    try {
      const rb = await createPublishedRunbook(t.db, { content: "out scheduled" });
      const schedule = await createSchedule(t.db, createScheduleSchema.parse({ name: "soon", kind: "once", startAt: new Date(Date.now() + 1_000).toISOString() }), by);
      await linkRunbook(t.db, schedule.id, { runbookId: rb.id }, by);
      const deadline = Date.now() + 20_000;
      let job = null;
      while (!job || job.status !== "Completed") {
        if (Date.now() > deadline) throw new Error(`no completed scheduled job: ${JSON.stringify(job)}\n${logs.join("\n")}`);
        await new Promise((r) => setTimeout(r, 100));
        job = await t.db.job.findFirst({ where: { scheduleId: schedule.id }, select: { status: true, startedByKind: true, startedByName: true } });
      }
      expect(job).toMatchObject({ startedByKind: "schedule", startedByName: "soon" });
      expect(logs.some((l) => l.includes(": started (job "))).toBe(true);
    } finally {
      await w.stop(0);
    }
  });
});
