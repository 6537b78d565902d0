import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { routeTarget } from "@/lib/testing/route-target";
import { call, createApiUser } from "@/app/api/testing/route-kit";
import { retentionLease } from "@/lib/retention/run-retention";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import * as purgeRoute from "./purge/route";
import * as settingsRoute from "./route";


// The lib verbs are tested on both databases; this checks the HTTP contract once, on SQLite.
describe("settings routes", () => {
  let t: TestDb;
  let admin: string;
  beforeAll(async () => {
    t = await createTestDb("sqlite");
    routeTarget.db = t.db;
    admin = await createApiUser(t.db, "Administrator", "root");
  });
  afterAll(async () => t?.drop());

  it("reads the defaults and no purge yet, changes a setting, and refuses an out-of-range or unknown one by name", async () => {
    const read = await call(settingsRoute.GET, { method: "GET", path: "/api/v1/settings", token: admin });
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ settings: { jobRetentionDays: 90, maxJobRecords: 100_000 }, lastPurge: null });

    const changed = await call(settingsRoute.PATCH, { method: "PATCH", path: "/api/v1/settings", token: admin, body: { jobRetentionDays: 45 } });
    expect(changed.status).toBe(200);
    expect(changed.body.settings).toMatchObject({ jobRetentionDays: 45, updatedBy: "root" });

    const tooLong = await call(settingsRoute.PATCH, { method: "PATCH", path: "/api/v1/settings", token: admin, body: { defaultJobTimeoutSeconds: 700_000 } });
    expect(tooLong.status).toBe(422);
    expect(tooLong.body.error).toEqual({ code: "validation_failed", field: "defaultJobTimeoutSeconds", message: "defaultJobTimeoutSeconds: must be at most 604,800 seconds" });
    const unknown = await call(settingsRoute.PATCH, { method: "PATCH", path: "/api/v1/settings", token: admin, body: { purgeEverything: true } });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.message).toContain("purgeEverything");
    expect((await t.db.adminSettings.findUniqueOrThrow({ where: { id: 1 } })).defaultJobTimeoutSeconds).toBe(10_800);
  });

  it("purges now and answers the counts, which then show as the last purge; a purge already running is a 409", async () => {
    const purged = await call(purgeRoute.POST, { method: "POST", path: "/api/v1/settings/purge", token: admin });
    expect(purged.status).toBe(200);
    expect(purged.body).toMatchObject({ trigger: "manual", jobsDeleted: 0, auditEventsDeleted: 0, interrupted: false });
    const read = await call(settingsRoute.GET, { method: "GET", path: "/api/v1/settings", token: admin });
    expect(read.body.lastPurge).toEqual(purged.body);

    await t.db.maintenanceLease.update({ where: { name: retentionLease }, data: { holder: "worker:w9", heldUntil: new Date(Date.now() + 60_000) } });
    const busy = await call(purgeRoute.POST, { method: "POST", path: "/api/v1/settings/purge", token: admin });
    expect(busy.status).toBe(409);
    expect(busy.body.error.message).toBe("A purge is already running (worker:w9); try again when it has finished");
  });
});
