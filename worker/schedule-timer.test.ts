import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actingAs } from "@/lib/audit/testing/acting-as";
import { createPublishedRunbook } from "@/lib/jobs/testing/job-fixtures";
import { createSchedule } from "@/lib/schedules/create-schedule";
import { linkRunbook } from "@/lib/schedules/link-runbook";
import { schedulesChannel } from "@/lib/schedules/notify-schedules-changed";
import { createScheduleSchema, updateScheduleSchema } from "@/lib/schedules/schemas";
import { updateSchedule } from "@/lib/schedules/update-schedule";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import { startScheduleTimer } from "./schedule-timer";
import { startWorker } from "./start-worker";
import { createScriptedRunner } from "./testing/scripted-runner";
import { listenForWakes } from "./wake-listener";

const by = actingAs("tester");
const hourMs = 3_600_000;

describe.each(testProviders)("the worker's scheduler on %s", (provider) => {
  let t: TestDb;
  let n = 0;
  beforeAll(async () => {
    t = await createTestDb(provider);
  });
  afterAll(async () => t?.drop());

  /**
   * A one-time schedule `inMs` from now with a linked runbook. The link is made while the schedule is
   * disabled: linking checks the parameters with PowerShell, which can take longer than `inMs` on a
   * busy machine, and an occurrence that comes before its link starts nothing.
   */
  const scheduleSoon = async (inMs: number, content = "out scheduled") => {
    const rb = await createPublishedRunbook(t.db, { content });
    const created = await createSchedule(t.db, createScheduleSchema.parse({ name: `soon-${++n}`, kind: "once", startAt: new Date(Date.now() + hourMs).toISOString(), enabled: false }), by);
    await linkRunbook(t.db, created.id, { runbookId: rb.id }, by);
    return updateSchedule(t.db, created.id, updateScheduleSchema.parse({ enabled: true, startAt: new Date(Date.now() + inMs).toISOString() }), by);
  };
  /** The occurrence's decision once the scheduler has made it (polling; no timing asserted). */
  const decisionOf = async (scheduleId: string, logs: string[]) => {
    // Generous: a start waits for PowerShell's parameter check, which may start its helper first.
    for (const deadline = Date.now() + 60_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 50))) {
      const row = await t.db.scheduleOccurrence.findFirst({ where: { scheduleId }, select: { decision: true, jobId: true } });
      if (row) return row;
    }
    throw new Error(`schedule ${scheduleId} not decided\n${logs.join("\n")}`);
  };

  it("starts a scheduled job that the worker then runs, and stops cleanly", async () => {
    const logs: string[] = [];
    const w = await startWorker({ db: t.db, databaseUrl: t.url, runner: createScriptedRunner(), name: `sched-${Date.now()}`, group: "default", capacity: 1, apiUrl: "http://127.0.0.1:1", version: "test", log: (m) => logs.push(m) });
    try {
      const schedule = await scheduleSoon(1_500);
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

  // The safety tick is an hour: only a NOTIFY (PostgreSQL) or the change poll (SQLite) can make a
  // sleeping scheduler see a schedule created (here: created, linked and enabled) after it went to sleep.
  it(provider === "postgresql" ? "is woken by a NOTIFY when a schedule is created while it sleeps" : "sees a schedule created while it sleeps by its change poll", async () => {
    const logs: string[] = [];
    const log = (m: string) => logs.push(m);
    const timer = startScheduleTimer({ db: t.db, log, safetyTickMs: hourMs, listening: provider === "postgresql" });
    let connected: () => void = () => undefined;
    const listening = new Promise<void>((r) => (connected = r));
    const listener =
      provider === "postgresql"
        ? listenForWakes({ url: t.url, channels: [{ name: schedulesChannel, onWake: () => timer.wake() }], onConnectedChange: (up) => up && connected(), log })
        : null;
    if (!listener) connected();
    try {
      await listening;
      // After this occurrence's pass the timer has nothing due and sleeps for the safety tick.
      const first = await scheduleSoon(1_500);
      expect(await decisionOf(first.id, logs)).toMatchObject({ decision: "started", jobId: expect.any(String) });
      const second = await scheduleSoon(2_000);
      expect(await decisionOf(second.id, logs)).toMatchObject({ decision: "started", jobId: expect.any(String) });
    } finally {
      await timer.stop();
      await listener?.close();
    }
  });
});
