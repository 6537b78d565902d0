import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import { runbookKeys } from "@/lib/runbooks/runbook-keys";

describe.each(testProviders)("database on %s", (provider) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb(provider);
  });
  afterAll(async () => t?.drop());

  it("round-trips a runbook with versions, tags and a job with stream records", async () => {
    const rb = await t.db.runbook.create({ data: { name: `rb-${provider}`, ...runbookKeys({ name: `rb-${provider}`, tags: ["payments"] }), tags: { create: [{ tag: "payments" }] } } });
    const v = await t.db.runbookVersion.create({
      data: { runbookId: rb.id, kind: "draft", content: "Write-Output 1", contentHash: "h", parameters: [{ name: "X", type: "string" }] },
    });
    const job = await t.db.job.create({
      data: { runbookId: rb.id, runbookVersionId: v.id, startedByKind: "user", parameters: { X: "a'b" }, status: "Queued" },
    });
    await t.db.jobStreamRecord.createMany({
      data: [
        { jobId: job.id, seq: 1, type: "output", ts: new Date(), text: "1", data: { n: 1 } },
        { jobId: job.id, seq: 2, type: "error", ts: new Date(), text: "oops" },
      ],
    });
    const loaded = await t.db.job.findUniqueOrThrow({ where: { id: job.id }, include: { streams: { orderBy: { seq: "asc" } }, runbook: { include: { tags: true } } } });
    expect(loaded.parameters).toEqual({ X: "a'b" });
    expect(loaded.streams.map((s) => s.type)).toEqual(["output", "error"]);
    expect(loaded.runbook.tags.map((x) => x.tag)).toEqual(["payments"]);
  });

  it("enforces unique runbook names", async () => {
    await t.db.runbook.create({ data: { name: "dup", ...runbookKeys({ name: "dup" }) } });
    await expect(t.db.runbook.create({ data: { name: "dup", ...runbookKeys({ name: "dup" }) } })).rejects.toMatchObject({ code: "P2002" });
  });

  it("enforces one schedule occurrence per link and time", async () => {
    const rb = await t.db.runbook.create({ data: { name: "sched-rb", ...runbookKeys({ name: "sched-rb" }) } });
    const s = await t.db.schedule.create({ data: { name: "s", kind: "daily", startAt: new Date() } });
    const link = await t.db.jobSchedule.create({ data: { scheduleId: s.id, runbookId: rb.id } });
    const at = new Date("2026-01-01T00:00:00Z");
    await t.db.scheduleOccurrence.create({ data: { scheduleId: s.id, jobScheduleId: link.id, occurrenceAt: at, decision: "started" } });
    await expect(
      t.db.scheduleOccurrence.create({ data: { scheduleId: s.id, jobScheduleId: link.id, occurrenceAt: at, decision: "started" } }),
    ).rejects.toMatchObject({ code: "P2002" });
  });
});
