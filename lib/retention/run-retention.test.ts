import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createDb } from "@/lib/db/client";
import { createPublishedRunbook } from "@/lib/jobs/testing/job-fixtures";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import { dayMs } from "./batching";
import { lastPurge } from "./last-purge";
import { purgeAuditEvents } from "./purge-audit-events";
import { retentionLease, runRetention } from "./run-retention";
import { createJobRow } from "./testing/job-rows";

const system = { kind: "system" as const, id: null, name: "worker w1" };

describe.each(testProviders)("retention runs on %s", (provider) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb(provider);
  });
  afterAll(async () => t?.drop());
  beforeEach(async () => {
    await t.db.maintenanceLease.deleteMany({});
    await t.db.auditEvent.deleteMany({});
    await t.db.job.deleteMany({});
  });

  async function auditEventsAged(days: number[], now: Date) {
    for (const d of days) await t.db.auditEvent.create({ data: { actorKind: "system", action: `test.age_${d}`, at: new Date(now.getTime() - d * dayMs) } });
  }

  it("deletes audit events older than the retention period in batches, keeping newer ones", async () => {
    const now = new Date();
    await auditEventsAged([400, 399, 380, 366, 364, 10, 0], now);
    const result = await purgeAuditEvents(t.db, { retentionDays: 365, now, batchSize: 3, pauseMs: 0 });
    expect(result).toEqual({ auditEventsDeleted: 4, batches: 2 });
    expect((await t.db.auditEvent.findMany({ orderBy: { id: "asc" } })).map((e) => e.action)).toEqual(["test.age_364", "test.age_10", "test.age_0"]);
  });

  it("purges by the admin settings, records one retention.purge event with the counts, and reports it as the last purge", async () => {
    const now = new Date();
    await t.db.adminSettings.upsert({ where: { id: 1 }, create: { id: 1, jobRetentionDays: 30, auditRetentionDays: 90 }, update: { jobRetentionDays: 30, auditRetentionDays: 90 } });
    const rb = await createPublishedRunbook(t.db);
    await createJobRow(t.db, { runbookId: rb.id, runbookVersionId: rb.versionId, status: "Completed", ageDays: 45, now });
    await createJobRow(t.db, { runbookId: rb.id, runbookVersionId: rb.versionId, status: "Suspended", ageDays: 45, now });
    await auditEventsAged([100, 91, 5], now);

    const summary = await runRetention(t.db, { actor: system, holder: "worker:w1", trigger: "scheduled", now, pauseMs: 0 });

    expect(summary).toMatchObject({ trigger: "scheduled", jobsDeleted: 1, auditEventsDeleted: 2, interrupted: false });
    const events = await t.db.auditEvent.findMany({ where: { action: "retention.purge" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorKind: "system", actorName: "worker w1", details: { jobsDeleted: 1, auditEventsDeleted: 2, jobRetentionDays: 30, auditRetentionDays: 90 } });
    expect(await lastPurge(t.db)).toMatchObject({ jobsDeleted: 1, auditEventsDeleted: 2, trigger: "scheduled" });
    expect(await t.db.job.count()).toBe(1);
  });

  it("a scheduled run happens once per interval across workers; a manual one runs whenever no purge is in progress", async () => {
    const first = await runRetention(t.db, { actor: system, holder: "worker:w1", trigger: "scheduled", pauseMs: 0 });
    expect(first).not.toBeNull();
    expect(await runRetention(t.db, { actor: { ...system, name: "worker w2" }, holder: "worker:w2", trigger: "scheduled", pauseMs: 0 })).toBeNull();
    const lease = await t.db.maintenanceLease.findUniqueOrThrow({ where: { name: retentionLease } });
    expect(lease.holder).toBeNull();
    expect(lease.nextRunAt.getTime() - Date.now()).toBeGreaterThan(55 * 60 * 1000);

    const manual = await runRetention(t.db, { actor: { kind: "user", id: null, name: "admin" }, holder: "web:admin", trigger: "manual", sourceAddress: "10.0.0.9", pauseMs: 0 });
    expect(manual).toMatchObject({ trigger: "manual", jobsDeleted: 0 });
    expect(await t.db.auditEvent.findFirst({ where: { action: "retention.purge", actorName: "admin" } })).toMatchObject({ sourceAddress: "10.0.0.9", details: { trigger: "manual" } });
  });

  it("an interrupted run (worker shutting down) records what it deleted and is due again within minutes, not an hour", async () => {
    const now = new Date();
    await auditEventsAged([400, 400, 400], now);
    const abort = new AbortController();
    abort.abort();
    const summary = await runRetention(t.db, { actor: system, holder: "worker:w1", trigger: "scheduled", now, pauseMs: 0, signal: abort.signal });
    expect(summary).toMatchObject({ interrupted: true, auditEventsDeleted: 0 });
    expect(await t.db.auditEvent.findFirst({ where: { action: "retention.purge" } })).toMatchObject({ details: { interrupted: true } });
    const lease = await t.db.maintenanceLease.findUniqueOrThrow({ where: { name: retentionLease } });
    expect(lease.nextRunAt.getTime() - Date.now()).toBeLessThan(6 * 60 * 1000);
    expect(lease.holder).toBeNull();
  });

  it("of two processes starting a purge at once, exactly one runs; a manual purge meanwhile is a conflict naming the holder", async () => {
    const other = createDb(t.url, { poolSize: 2 }).db;
    try {
      const results = await Promise.all([
        runRetention(t.db, { actor: system, holder: "worker:w1", trigger: "scheduled", pauseMs: 0 }),
        runRetention(other, { actor: system, holder: "worker:w2", trigger: "scheduled", pauseMs: 0 }),
      ]);
      expect(results.filter((r) => r !== null)).toHaveLength(1);
      expect(await t.db.auditEvent.count({ where: { action: "retention.purge" } })).toBe(1);

      // A run in progress elsewhere (its hold has not lapsed).
      await t.db.maintenanceLease.update({ where: { name: retentionLease }, data: { holder: "worker:w3", heldUntil: new Date(Date.now() + 60_000) } });
      await expect(runRetention(t.db, { actor: system, holder: "web:admin", trigger: "manual", pauseMs: 0 })).rejects.toMatchObject({
        code: "conflict",
        message: expect.stringContaining("worker:w3"),
      });
      // A holder that died: its hold lapses and the next run takes over.
      await t.db.maintenanceLease.update({ where: { name: retentionLease }, data: { heldUntil: new Date(Date.now() - 1_000), nextRunAt: new Date(Date.now() - 1_000) } });
      expect(await runRetention(other, { actor: system, holder: "worker:w2", trigger: "scheduled", pauseMs: 0 })).not.toBeNull();
    } finally {
      await other.$disconnect();
    }
  });
});
