import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/auth/principal";
import { loadJobLimits } from "@/lib/jobs/load-job-limits";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import { getSettings } from "./get-settings";
import { settingsSchema, updateSettingsSchema } from "./schemas";
import { updateSettings } from "./update-settings";

const valid = { jobRetentionDays: 30, maxJobRecords: 100_000, defaultJobTimeoutSeconds: 3_600, maxJobOutputBytes: 50 * 1024 * 1024, auditRetentionDays: 365, outputWidth: 120, debugIdleTimeoutMinutes: 15 };

describe("settings input", () => {
  it.each([
    ["jobRetentionDays", 0, "must be at least 1 day"],
    ["jobRetentionDays", 3_651, "must be at most 3,650 days"],
    ["maxJobRecords", 99, "must be at least 100 jobs"],
    ["maxJobRecords", 10_000_001, "must be at most 10,000,000 jobs"],
    ["defaultJobTimeoutSeconds", 59, "must be at least 60 seconds"],
    ["defaultJobTimeoutSeconds", 604_801, "must be at most 604,800 seconds"],
    ["maxJobOutputBytes", 1024 * 1024 - 1, "must be at least 1,048,576 bytes"],
    ["maxJobOutputBytes", 1024 * 1024 * 1024 + 1, "must be at most 1,073,741,824 bytes"],
    ["auditRetentionDays", 6, "must be at least 7 days"],
    ["auditRetentionDays", 3_651, "must be at most 3,650 days"],
    ["outputWidth", 39, "must be at least 40 columns"],
    ["outputWidth", 1_001, "must be at most 1,000 columns"],
    ["debugIdleTimeoutMinutes", 0, "must be at least 1 minute"],
    ["debugIdleTimeoutMinutes", 1_441, "must be at most 1,440 minutes"],
    ["jobRetentionDays", 1.5, "must be a whole number"],
    ["auditRetentionDays", "90", "must be a whole number"],
  ])("refuses %s = %s, naming the field", (field, value, message) => {
    const issue = settingsSchema.safeParse({ ...valid, [field]: value }).error?.issues[0];
    expect(issue?.path).toEqual([field]);
    expect(issue?.message).toBe(message);
    expect(updateSettingsSchema.safeParse({ [field]: value }).error?.issues[0]?.path).toEqual([field]);
  });

  it("accepts each bound itself, any subset for an update, and no unknown setting", () => {
    expect(settingsSchema.parse({ jobRetentionDays: 1, maxJobRecords: 100, defaultJobTimeoutSeconds: 60, maxJobOutputBytes: 1024 * 1024, auditRetentionDays: 7, outputWidth: 40, debugIdleTimeoutMinutes: 1 })).toBeTruthy();
    expect(settingsSchema.parse({ jobRetentionDays: 3_650, maxJobRecords: 10_000_000, defaultJobTimeoutSeconds: 604_800, maxJobOutputBytes: 1024 ** 3, auditRetentionDays: 3_650, outputWidth: 1_000, debugIdleTimeoutMinutes: 1_440 })).toBeTruthy();
    expect(updateSettingsSchema.parse({ jobRetentionDays: 7 })).toEqual({ jobRetentionDays: 7 });
    expect(updateSettingsSchema.safeParse({ purgeEverything: true }).success).toBe(false);
  });
});

describe.each(testProviders)("admin settings on %s", (provider) => {
  let t: TestDb;
  let admin: Principal;
  beforeAll(async () => {
    t = await createTestDb(provider);
    const user = await t.db.user.create({ data: { username: "root", displayName: "Root" } });
    admin = { kind: "user", userId: user.id, name: "root", grants: [{ role: "Administrator", scopeTag: null }] };
  });
  afterAll(async () => t?.drop());

  it("reads the schema's defaults on first use, once, even when asked concurrently", async () => {
    const all = await Promise.all([getSettings(t.db), getSettings(t.db), loadJobLimits(t.db)]);
    expect(all[0]).toMatchObject({ jobRetentionDays: 90, maxJobRecords: 100_000, defaultJobTimeoutSeconds: 10_800, maxJobOutputBytes: 52_428_800, auditRetentionDays: 365, outputWidth: 120, debugIdleTimeoutMinutes: 15, updatedBy: null });
    expect(all[2]).toEqual({ defaultJobTimeoutSeconds: 10_800, maxJobOutputBytes: 52_428_800, outputWidth: 120, debugIdleTimeoutSeconds: 900 });
    expect(await t.db.adminSettings.count()).toBe(1);
  });

  it("updates the given settings and audits each changed one before and after; an unchanged value records nothing", async () => {
    const updated = await updateSettings(t.db, { jobRetentionDays: 14, maxJobRecords: 100_000, defaultJobTimeoutSeconds: 600 }, { actor: admin, sourceAddress: "192.0.2.7" });
    expect(updated).toMatchObject({ jobRetentionDays: 14, maxJobRecords: 100_000, defaultJobTimeoutSeconds: 600, updatedBy: "root" });
    expect(await loadJobLimits(t.db)).toMatchObject({ defaultJobTimeoutSeconds: 600 });
    const events = await t.db.auditEvent.findMany({ where: { action: "settings.update" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorKind: "user",
      actorName: "root",
      targetType: "settings",
      sourceAddress: "192.0.2.7",
      details: { changed: ["jobRetentionDays", "defaultJobTimeoutSeconds"], before: { jobRetentionDays: 90, defaultJobTimeoutSeconds: 10_800 }, after: { jobRetentionDays: 14, defaultJobTimeoutSeconds: 600 } },
    });

    await updateSettings(t.db, { jobRetentionDays: 14 }, { actor: admin, sourceAddress: null });
    expect(await t.db.auditEvent.count({ where: { action: "settings.update" } })).toBe(1);
  });
});
