import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actingAs } from "@/lib/audit/testing/acting-as";
import { createPublishedRunbook } from "@/lib/jobs/testing/job-fixtures";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import { createSchedule } from "./create-schedule";
import { linkRunbook } from "./link-runbook";
import { nextScheduleDueAt } from "./next-schedule-due-at";
import { runDueSchedules } from "./run-due-schedules";
import { scheduleSchema, updateScheduleSchema, type CreateScheduleRequest } from "./schemas";
import { updateSchedule } from "./update-schedule";

const by = actingAs("tester");

describe.each(testProviders)("the scheduler's next due instant on %s", (provider) => {
  let t: TestDb;
  let n = 0;
  beforeAll(async () => {
    t = await createTestDb(provider);
  });
  afterAll(async () => t?.drop());

  /** `enteredAt`: when the schedule was entered, so one can have expired by the time `now` comes. */
  const create = (body: Partial<CreateScheduleRequest> & Pick<CreateScheduleRequest, "kind" | "startAt">, now: Date, enteredAt = now) =>
    createSchedule(t.db, scheduleSchema({ now: () => enteredAt }).parse({ name: `due-${++n}`, ...body }), by, now);
  const created = new Date("2026-05-01T08:00:00Z");

  it("is null without schedules, and ignores disabled ones and one whose expiry came first", async () => {
    expect(await nextScheduleDueAt(t.db)).toBeNull();
    await create({ kind: "once", startAt: "2026-05-01T08:30:00Z", enabled: false }, created);
    await create({ kind: "hourly", startAt: "2026-05-01T07:00:00Z", expiresAt: "2026-05-01T08:00:00Z" }, created, new Date("2026-05-01T06:00:00Z"));
    expect(await nextScheduleDueAt(t.db)).toBeNull();
  });

  it("is the earliest enabled schedule's next occurrence, following edits and passes", async () => {
    const daily = await create({ kind: "daily", startAt: "2026-05-01T09:00:00Z" }, created);
    const hourly = await create({ kind: "hourly", startAt: "2026-05-01T10:00:00Z", expiresAt: "2026-05-01T11:30:00Z" }, created);
    expect((await nextScheduleDueAt(t.db))?.toISOString()).toBe("2026-05-01T09:00:00.000Z");

    // Disabling the earliest moves the wake to the next one.
    await updateSchedule(t.db, daily.id, updateScheduleSchema.parse({ enabled: false }), by, created);
    expect((await nextScheduleDueAt(t.db))?.toISOString()).toBe("2026-05-01T10:00:00.000Z");

    // A pass moves a due schedule on, linked or not; past its expiry it is no longer due at all.
    const rb = await createPublishedRunbook(t.db);
    await linkRunbook(t.db, hourly.id, { runbookId: rb.id }, by);
    await runDueSchedules(t.db, { now: new Date("2026-05-01T10:00:00.500Z") });
    expect((await nextScheduleDueAt(t.db))?.toISOString()).toBe("2026-05-01T11:00:00.000Z");
    await runDueSchedules(t.db, { now: new Date("2026-05-01T11:00:00Z") });
    expect(await nextScheduleDueAt(t.db)).toBeNull();
  });
});
