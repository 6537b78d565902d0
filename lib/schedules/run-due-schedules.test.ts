import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actingAs } from "@/lib/audit/testing/acting-as";
import { createDb, type Db } from "@/lib/db/client";
import { createPublishedRunbook } from "@/lib/jobs/testing/job-fixtures";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import { createSchedule } from "./create-schedule";
import { linkRunbook } from "./link-runbook";
import { runDueSchedules } from "./run-due-schedules";
import { updateSchedule } from "./update-schedule";
import { scheduleSchema, updateScheduleSchema, type CreateScheduleRequest } from "./schemas";
import { spawnTickProcess, type TickProcess } from "./testing/spawn-tick-process";

const by = actingAs("tester");

describe.each(testProviders)("the scheduler tick on %s", (provider) => {
  let t: TestDb;
  let other: Db | undefined;
  let tickers: Promise<TickProcess[]> | undefined;
  let n = 0;

  beforeAll(async () => {
    t = await createTestDb(provider);
    // A second client on the same database: what a second worker process holds.
    if (provider === "postgresql") other = createDb(t.url, { poolSize: 5 }).db;
  });
  afterAll(async () => {
    await other?.$disconnect();
    await Promise.all((await tickers)?.map((p) => p.close()) ?? []);
    await t?.drop();
  });

  /**
   * A schedule created at `createdAt`, with one linked runbook per given parameter set. `enteredAt`:
   * when its form was checked, so a schedule can have expired by the time it is stored.
   */
  async function scheduleWith(body: Partial<CreateScheduleRequest> & Pick<CreateScheduleRequest, "kind" | "startAt">, createdAt: Date, links: Record<string, unknown>[] = [{}], enteredAt = createdAt) {
    const schedule = await createSchedule(t.db, scheduleSchema({ now: () => enteredAt }).parse({ name: `s-${++n}`, ...body }), by, createdAt);
    const runbooks = [];
    for (const parameters of links) {
      const rb = await createPublishedRunbook(t.db, { content: "param($Name)\n\"Hello $Name\"" });
      await linkRunbook(t.db, schedule.id, { runbookId: rb.id, parameters }, by);
      runbooks.push(rb);
    }
    return { schedule, runbooks };
  }
  const jobsOf = (scheduleId: string) => t.db.job.findMany({ where: { scheduleId }, select: { id: true, runbookId: true, startedByKind: true, startedByName: true, parameters: true, status: true } });
  /** The tick's decisions about one schedule (earlier tests' schedules share the database and come due too). */
  const tick = async (db: Db, now: string, scheduleId: string) => (await runDueSchedules(db, { now: new Date(now) })).filter((o) => o.scheduleId === scheduleId);
  /**
   * Two schedulers at the same instant. PostgreSQL: two clients in this process. SQLite: two
   * processes, as real workers are; better-sqlite3 waits for a lock synchronously, so two clients
   * in one process would block each other's event loop instead of taking turns.
   */
  const concurrentTicks = (now: string): Promise<Array<{ scheduleId: string }>>[] => {
    if (provider === "postgresql") return [runDueSchedules(t.db, { now: new Date(now) }), runDueSchedules(other!, { now: new Date(now) })];
    tickers ??= Promise.all([spawnTickProcess(t.url), spawnTickProcess(t.url)]);
    return [0, 1].map(async (i) => (await tickers!)[i]!.tick(now));
  };
  const occurrencesOf = (scheduleId: string) => t.db.scheduleOccurrence.findMany({ where: { scheduleId }, orderBy: { occurrenceAt: "asc" } });

  it("starts jobs that act as the user who linked the runbook", async () => {
    const linker = await t.db.user.create({ data: { username: `linker-${provider}`, displayName: "Linker" } });
    const schedule = await createSchedule(t.db, scheduleSchema({ now: () => new Date("2026-06-01T08:00:00Z") }).parse({ name: `s-${++n}`, kind: "daily", startAt: "2026-06-01T09:00:00Z" }), by, new Date("2026-06-01T08:00:00Z"));
    const rb = await createPublishedRunbook(t.db);
    await linkRunbook(t.db, schedule.id, { runbookId: rb.id }, { actor: { kind: "user", id: linker.id, name: linker.username }, sourceAddress: null });
    await tick(t.db, "2026-06-01T09:00:01Z", schedule.id);
    expect(await t.db.job.findFirstOrThrow({ where: { scheduleId: schedule.id } })).toMatchObject({ actingUserId: linker.id, actingTokenId: null });
  });

  it("starts one queued job per linked runbook when an occurrence comes, then moves nextRunAt on", async () => {
    const created = new Date("2026-05-01T08:00:00Z");
    const { schedule, runbooks } = await scheduleWith({ kind: "daily", startAt: "2026-05-01T09:00:00Z" }, created, [{ Name: "Ada" }, {}]);
    expect(schedule.nextRunAt).toBe("2026-05-01T09:00:00.000Z");
    expect(await tick(t.db, "2026-05-01T08:59:59Z", schedule.id)).toEqual([]);

    const outcomes = await tick(t.db, "2026-05-01T09:00:05Z", schedule.id);
    expect(outcomes.map((o) => o.decision)).toEqual(["started", "started"]);
    const jobs = await jobsOf(schedule.id);
    expect(jobs).toHaveLength(2);
    expect(jobs.find((j) => j.runbookId === runbooks[0]!.id)).toMatchObject({ startedByKind: "schedule", startedByName: schedule.name, parameters: { Name: "Ada" }, status: "Queued" });
    const after = await t.db.schedule.findUniqueOrThrow({ where: { id: schedule.id } });
    expect(after.nextRunAt?.toISOString()).toBe("2026-05-02T09:00:00.000Z");
    expect(after.lastRunAt?.toISOString()).toBe("2026-05-01T09:00:00.000Z");
    expect((await occurrencesOf(schedule.id)).map((o) => [o.decision, o.missedCount, Boolean(o.jobId)])).toEqual([
      ["started", 0, true],
      ["started", 0, true],
    ]);
    // The same instant again: nothing more is due.
    expect(await tick(t.db, "2026-05-01T09:00:05Z", schedule.id)).toEqual([]);
  });

  it("two schedulers ticking at once start exactly one job per occurrence", async () => {
    const { schedule } = await scheduleWith({ kind: "hourly", startAt: "2026-06-01T00:00:00Z" }, new Date("2026-05-31T23:00:00Z"), [{}, {}, {}]);
    for (const now of ["2026-06-01T00:00:01Z", "2026-06-01T01:00:01Z"]) {
      const [a, b] = await Promise.all(concurrentTicks(now));
      expect([...a, ...b].filter((o) => o.scheduleId === schedule.id)).toHaveLength(3);
    }
    const jobs = await jobsOf(schedule.id);
    expect(jobs).toHaveLength(6);
    const occurrences = await occurrencesOf(schedule.id);
    expect(occurrences).toHaveLength(6);
    expect(new Set(occurrences.map((o) => o.jobId)).size).toBe(6);
    expect((await t.db.schedule.findUniqueOrThrow({ where: { id: schedule.id } })).nextRunAt?.toISOString()).toBe("2026-06-01T02:00:00.000Z");
  });

  it("after downtime, run_once starts one job for the latest missed occurrence and records how many passed", async () => {
    const { schedule } = await scheduleWith({ kind: "daily", startAt: "2026-07-01T06:00:00Z", missedPolicy: "run_once" }, new Date("2026-07-01T00:00:00Z"));
    // Down from before 1 July 06:00 until 5 July 12:00: occurrences on 1-5 July passed.
    const outcomes = await tick(t.db, "2026-07-05T12:00:00Z", schedule.id);
    expect(outcomes).toMatchObject([{ decision: "started_missed", occurrenceAt: new Date("2026-07-05T06:00:00Z") }]);
    expect(await jobsOf(schedule.id)).toHaveLength(1);
    expect(await occurrencesOf(schedule.id)).toMatchObject([{ decision: "started_missed", missedCount: 4, occurrenceAt: new Date("2026-07-05T06:00:00Z") }]);
    expect((await t.db.schedule.findUniqueOrThrow({ where: { id: schedule.id } })).nextRunAt?.toISOString()).toBe("2026-07-06T06:00:00.000Z");
  });

  it("after downtime, skip starts nothing and records the skip", async () => {
    const { schedule } = await scheduleWith({ kind: "hourly", startAt: "2026-07-01T00:00:00Z", missedPolicy: "skip" }, new Date("2026-06-30T00:00:00Z"));
    const outcomes = await tick(t.db, "2026-07-01T03:30:00Z", schedule.id);
    expect(outcomes).toMatchObject([{ decision: "skipped_missed", jobId: null }]);
    expect(await jobsOf(schedule.id)).toHaveLength(0);
    expect(await occurrencesOf(schedule.id)).toMatchObject([{ decision: "skipped_missed", missedCount: 3, jobId: null, occurrenceAt: new Date("2026-07-01T03:00:00Z") }]);
    // Back on time: the next occurrence starts normally.
    expect((await tick(t.db, "2026-07-01T04:00:02Z", schedule.id)).map((o) => o.decision)).toEqual(["started"]);
  });

  it("records a runbook that can no longer start as failed with the reason, and carries on", async () => {
    const { schedule, runbooks } = await scheduleWith({ kind: "daily", startAt: "2026-08-01T06:00:00Z" }, new Date("2026-08-01T00:00:00Z"), [{}, {}]);
    await t.db.runbook.update({ where: { id: runbooks[0]!.id }, data: { publishedVersionId: null } });
    const outcomes = await tick(t.db, "2026-08-01T06:00:01Z", schedule.id);
    expect(outcomes.map((o) => o.decision).sort()).toEqual(["failed", "started"]);
    const failed = (await occurrencesOf(schedule.id)).find((o) => o.decision === "failed");
    expect(failed).toMatchObject({ jobId: null, reason: expect.stringContaining("has no published version") });
    expect(await jobsOf(schedule.id)).toHaveLength(1);
    expect((await t.db.schedule.findUniqueOrThrow({ where: { id: schedule.id } })).nextRunAt?.toISOString()).toBe("2026-08-02T06:00:00.000Z");
  });

  it("an edit that leaves the timing alone keeps a due occurrence; a timing change moves nextRunAt from now", async () => {
    const { schedule } = await scheduleWith({ kind: "daily", startAt: "2026-10-01T06:00:00Z" }, new Date("2026-10-01T00:00:00Z"));
    // Due at 06:00, renamed at 06:00:05 before any tick saw it: the occurrence still runs.
    await updateSchedule(t.db, schedule.id, { name: `${schedule.name}-renamed` }, by, new Date("2026-10-01T06:00:05Z"));
    expect((await tick(t.db, "2026-10-01T06:00:10Z", schedule.id)).map((o) => o.decision)).toEqual(["started"]);
    // Moved to 18:00 on 1 October at noon: the next run is that evening, not tomorrow morning.
    const moved = await updateSchedule(t.db, schedule.id, updateScheduleSchema.parse({ startAt: "2026-10-01T18:00:00Z" }), by, new Date("2026-10-01T12:00:00Z"));
    expect(moved.nextRunAt).toBe("2026-10-01T18:00:00.000Z");
  });

  it("does nothing for disabled or expired schedules, and a once schedule runs once", async () => {
    const disabled = await scheduleWith({ kind: "hourly", startAt: "2026-09-01T00:00:00Z", enabled: false }, new Date("2026-08-31T00:00:00Z"));
    const expired = await scheduleWith({ kind: "hourly", startAt: "2026-09-01T00:00:00Z", expiresAt: "2026-09-01T02:00:00Z" }, new Date("2026-09-01T02:30:00Z"), [{}], new Date("2026-08-31T00:00:00Z"));
    const once = await scheduleWith({ kind: "once", startAt: "2026-09-01T00:10:00Z" }, new Date("2026-09-01T00:00:00Z"));
    expect(disabled.schedule.nextRunAt).toBeNull();
    expect(expired.schedule.nextRunAt).toBeNull();
    await runDueSchedules(t.db, { now: new Date("2026-09-01T00:10:00Z") });
    await runDueSchedules(t.db, { now: new Date("2026-09-02T00:00:00Z") });
    expect(await jobsOf(disabled.schedule.id)).toHaveLength(0);
    expect(await jobsOf(expired.schedule.id)).toHaveLength(0);
    expect(await jobsOf(once.schedule.id)).toHaveLength(1);
    expect((await t.db.schedule.findUniqueOrThrow({ where: { id: once.schedule.id } })).nextRunAt).toBeNull();
  });
});
