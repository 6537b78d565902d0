import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import { jobStatusHistogram } from "./job-status-histogram";
import { createPublishedRunbook, startJobs } from "./testing/job-fixtures";

describe.each(testProviders)("job status histogram on %s", (provider) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb(provider);
  });
  afterAll(async () => t?.drop());

  // A fixed "now" inside an hour, so bucket edges are known.
  const now = new Date("2026-03-10T12:30:00.000Z");
  const at = (iso: string) => new Date(iso);

  async function jobAt(runbookId: string, createdAt: Date, status: string) {
    const [id] = await startJobs(t.db, runbookId, 1);
    await t.db.job.update({ where: { id: id! }, data: { createdAt, status } });
  }

  it("counts jobs per status per hour and per UTC day, with empty buckets and tag scoping", async () => {
    const ops = await createPublishedRunbook(t.db, { tags: ["ops"] });
    const dev = await createPublishedRunbook(t.db, { tags: ["dev"] });
    await jobAt(ops.id, at("2026-03-10T12:05:00.000Z"), "Completed");
    await jobAt(ops.id, at("2026-03-10T12:00:00.000Z"), "Failed");
    await jobAt(dev.id, at("2026-03-10T11:59:59.999Z"), "Completed");
    await jobAt(ops.id, at("2026-03-09T13:00:00.000Z"), "Completed"); // first hour of the 24h window
    await jobAt(ops.id, at("2026-03-09T12:59:59.000Z"), "Failed"); // just outside it, inside 7d
    await jobAt(ops.id, at("2026-03-04T00:00:00.000Z"), "Stopped"); // first day of the 7d window
    await jobAt(ops.id, at("2026-03-03T23:59:59.000Z"), "Stopped"); // outside both

    const day = await jobStatusHistogram(t.db, { range: "24h", visibleTags: null, now });
    expect(day.bucket).toBe("hour");
    expect(day.buckets).toHaveLength(24);
    expect(day.buckets[0]).toEqual({ start: "2026-03-09T13:00:00.000Z", counts: { Completed: 1 } });
    expect(day.buckets[22]).toEqual({ start: "2026-03-10T11:00:00.000Z", counts: { Completed: 1 } });
    expect(day.buckets[23]).toEqual({ start: "2026-03-10T12:00:00.000Z", counts: { Completed: 1, Failed: 1 } });
    expect(day.buckets.slice(1, 22).every((b) => Object.keys(b.counts).length === 0)).toBe(true);
    expect(day.statuses.sort()).toEqual(["Completed", "Failed"]);
    expect(day.truncated).toBe(false);

    const week = await jobStatusHistogram(t.db, { range: "7d", visibleTags: null, now });
    expect(week.bucket).toBe("day");
    expect(week.buckets.map((b) => b.start.slice(0, 10))).toEqual(["2026-03-04", "2026-03-05", "2026-03-06", "2026-03-07", "2026-03-08", "2026-03-09", "2026-03-10"]);
    expect(week.buckets[0]!.counts).toEqual({ Stopped: 1 });
    expect(week.buckets[5]!.counts).toEqual({ Completed: 1, Failed: 1 });
    expect(week.buckets[6]!.counts).toEqual({ Completed: 2, Failed: 1 });

    const scoped = await jobStatusHistogram(t.db, { range: "24h", visibleTags: ["dev"], now });
    expect(scoped.buckets.flatMap((b) => Object.entries(b.counts))).toEqual([["Completed", 1]]);

    const capped = await jobStatusHistogram(t.db, { range: "7d", visibleTags: null, now, maxJobs: 2 });
    expect(capped.truncated).toBe(true);
    expect(capped.buckets[6]!.counts).toEqual({ Completed: 1, Failed: 1 });
  });
});
