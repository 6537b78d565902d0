import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listenForWakes } from "@/lib/db/wake-listener";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import { schedulesChannel } from "./notify-schedules-changed";
import { startScheduleTimer } from "./start-schedule-timer";
import { enableScheduleAt, linkedSchedule, scheduleSoon } from "./testing/schedule-soon";
import { spawnScheduleTimerProcess } from "./testing/spawn-schedule-timer-process";

const hourMs = 3_600_000;

describe.each(testProviders)("the schedule timer on %s", (provider) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb(provider);
  });
  afterAll(async () => t?.drop());

  /** The occurrence's decision once a scheduler has made it (polling; no timing asserted). */
  const decisionOf = async (scheduleId: string, logs: string[]) => {
    // Generous: a start waits for PowerShell's parameter check, which may start its helper first.
    for (const deadline = Date.now() + 60_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 50))) {
      const row = await t.db.scheduleOccurrence.findFirst({ where: { scheduleId }, select: { decision: true, jobId: true } });
      if (row) return row;
    }
    throw new Error(`schedule ${scheduleId} not decided\n${logs.join("\n")}`);
  };

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
      const first = await scheduleSoon(t.db, 1_500);
      expect(await decisionOf(first.id, logs)).toMatchObject({ decision: "started", jobId: expect.any(String) });
      const second = await scheduleSoon(t.db, 2_000);
      expect(await decisionOf(second.id, logs)).toMatchObject({ decision: "started", jobId: expect.any(String) });
    } finally {
      await timer.stop();
      await listener?.close();
    }
  });

  // As the web service and a worker, or two of either, meet: separate processes on one database.
  it("starts exactly one job per occurrence while two timers in two processes run", async () => {
    const logs: string[] = [];
    const timer = startScheduleTimer({ db: t.db, log: (m) => logs.push(m) });
    const other = await spawnScheduleTimerProcess(t.url);
    let otherLog = "";
    const schedules = [];
    try {
      for (let i = 0; i < 3; i++) schedules.push(await linkedSchedule(t.db, { links: 2 }));
      // One instant for all six occurrences, far enough ahead that both timers sleep until it.
      const at = new Date(Date.now() + 5_000);
      for (const s of schedules) await enableScheduleAt(t.db, s.id, at);
      const ids = schedules.map((s) => s.id);
      await expect.poll(() => t.db.scheduleOccurrence.count({ where: { scheduleId: { in: ids } } }), { timeout: 90_000 }).toBe(6);
    } finally {
      await timer.stop();
      otherLog = await other.stop();
    }
    // Both timers have finished every pass: a job a losing pass could have left would be here now.
    const ids = schedules.map((s) => s.id);
    const occurrences = await t.db.scheduleOccurrence.findMany({ where: { scheduleId: { in: ids } }, select: { decision: true, jobId: true } });
    expect(occurrences.map((o) => o.decision), `${logs.join("\n")}\n${otherLog}`).toEqual(Array(6).fill("started"));
    const jobs = await t.db.job.findMany({ where: { scheduleId: { in: ids } }, select: { id: true, status: true } });
    expect(jobs).toHaveLength(6);
    expect(new Set(occurrences.map((o) => o.jobId))).toEqual(new Set(jobs.map((j) => j.id)));
    expect(jobs.every((j) => j.status === "Queued")).toBe(true);
  });
});
