import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import { startRetentionTimer } from "./start-retention-timer";

describe.each(testProviders)("the retention timer on %s", (provider) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb(provider);
  });
  afterAll(async () => t?.drop());

  it("purges once when due across a worker and a web service, keeps checking, and stops cleanly", async () => {
    const old = new Date(Date.now() - 400 * 24 * 60 * 60 * 1000);
    await t.db.auditEvent.create({ data: { actorKind: "system", action: "test.old", at: old } });
    const logs: string[] = [];
    const timers = ["worker w1", "web service host-1"].map((instanceName) =>
      startRetentionTimer({ db: t.db, instanceName, log: (m) => logs.push(m), firstCheckMs: 0, checkEveryMs: 20 }),
    );
    await expect.poll(() => t.db.auditEvent.count({ where: { action: "retention.purge" } })).toBe(1);
    // Several more checks pass; none is due again within the hour.
    await new Promise((r) => setTimeout(r, 200));
    await Promise.all(timers.map((timer) => timer.stop()));
    expect(await t.db.auditEvent.count({ where: { action: "retention.purge" } })).toBe(1);
    expect(await t.db.auditEvent.count({ where: { action: "test.old" } })).toBe(0);
    expect(logs).toEqual([expect.stringMatching(/^retention purge: 0 job\(s\) and 1 audit event\(s\) deleted in \d+ ms$/)]);
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { action: "retention.purge" } });
    expect(event).toMatchObject({ actorKind: "system", actorName: expect.stringMatching(/^(worker w1|web service host-1)$/) });
  });
});
