import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schedulesChannel } from "@/lib/schedules/notify-schedules-changed";
import { scheduleSoon } from "@/lib/schedules/testing/schedule-soon";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import { startTimeBasedWork } from "./start-time-based-work";

const hourMs = 3_600_000;

describe.each(testProviders)("the web service's time-based work on %s", (provider) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb(provider);
  });
  afterAll(async () => t?.drop());

  it("starts a due schedule's job and purges old history with no worker at all", async () => {
    await t.db.auditEvent.create({ data: { actorKind: "system", action: "test.old", at: new Date(Date.now() - 400 * 24 * hourMs) } });
    const lines: string[] = [];
    let scheduleId = "";
    // An hour's safety tick: on PostgreSQL only the NOTIFY of the schedule's change can wake the scheduler in time.
    const work = startTimeBasedWork(t.db, { instanceName: "web service test-1", log: (line) => lines.push(line), scheduleSafetyTickMs: hourMs, retentionFirstCheckMs: 0 });
    try {
      if (provider === "postgresql") {
        const listens = () => t.db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND query = ${`LISTEN ${schedulesChannel}`}`;
        await expect.poll(async () => (await listens())[0]!.n).toBe(1);
      }
      scheduleId = (await scheduleSoon(t.db, 1_500)).id;
      await expect.poll(() => t.db.job.findFirst({ where: { scheduleId }, select: { status: true, startedByKind: true } })).toEqual({
        status: "Queued",
        startedByKind: "schedule",
      });
      expect(await t.db.worker.count()).toBe(0);
      await expect.poll(() => t.db.auditEvent.findFirst({ where: { action: "retention.purge" }, select: { actorKind: true, actorName: true } })).toEqual({
        actorKind: "system",
        actorName: "web service test-1",
      });
      expect(await t.db.auditEvent.count({ where: { action: "test.old" } })).toBe(0);
    } finally {
      await work.stop();
    }
    // Each part names itself in the log (the web service prefixes "[baton] ").
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^scheduler: schedule ${scheduleId} at \\S+: started \\(job `)),
        expect.stringMatching(/^retention: retention purge: 0 job\(s\) and 1 audit event\(s\) deleted in \d+ ms$/),
      ]),
    );
  });
});
