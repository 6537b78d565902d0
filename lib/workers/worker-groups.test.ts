import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/auth/principal";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import { createWorkerGroup } from "./create-worker-group";
import { deleteWorkerGroup } from "./delete-worker-group";
import { getWorker } from "./get-worker";
import { getWorkerGroup } from "./get-worker-group";
import { listWorkerGroups } from "./list-worker-groups";
import { registerWorker } from "./register-worker";
import { updateWorkerGroup } from "./update-worker-group";
import { createWorkerGroupSchema } from "./worker-group-schemas";

const admin: Principal = { kind: "user", userId: null, name: "admin", grants: [{ role: "Administrator", scopeTag: null }] };

describe.each(testProviders)("worker groups on %s", (provider) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb(provider);
  });
  afterAll(async () => t?.drop());

  it("creates a group ahead of its workers, counts them when they register, and audits changes", async () => {
    const created = await createWorkerGroup(t.db, admin, createWorkerGroupSchema.parse({ name: "hybrid-eu", description: "EU data centre" }));
    expect(created).toMatchObject({ name: "hybrid-eu", description: "EU data centre", hostMode: "process", workers: 0, onlineWorkers: 0 });
    const worker = await registerWorker(t.db, { name: "eu-1", host: "eu-host", version: "1", pid: 42, group: "hybrid-eu", capacity: 2 });
    expect(await getWorkerGroup(t.db, "hybrid-eu")).toMatchObject({ workers: 1, onlineWorkers: 1 });
    expect(await getWorker(t.db, worker.id)).toMatchObject({ name: "eu-1", group: "hybrid-eu", online: true, runningJobs: 0 });
    expect(await updateWorkerGroup(t.db, admin, "hybrid-eu", { description: "Frankfurt" })).toMatchObject({ description: "Frankfurt", hostMode: "process" });
    expect(await updateWorkerGroup(t.db, admin, "hybrid-eu", { description: "Frankfurt", hostMode: "shared" })).toMatchObject({ description: "Frankfurt", hostMode: "shared" });
    expect((await listWorkerGroups(t.db)).map((g) => [g.name, g.hostMode])).toEqual([["hybrid-eu", "shared"]]);
    const audited = await t.db.auditEvent.findMany({ where: { targetType: "worker_group" }, orderBy: { id: "asc" } });
    expect(audited.map((e) => [e.action, e.details])).toEqual([
      ["worker_group.create", null],
      ["worker_group.update", { changed: ["description"] }],
      ["worker_group.update", { changed: ["hostMode"] }],
    ]);
  });

  it("refuses a duplicate name and deleting a group that has workers, naming them", async () => {
    await expect(createWorkerGroup(t.db, admin, createWorkerGroupSchema.parse({ name: "hybrid-eu" }))).rejects.toMatchObject({ code: "conflict", field: "name" });
    await expect(deleteWorkerGroup(t.db, admin, "hybrid-eu")).rejects.toMatchObject({ code: "conflict", details: { workers: ["eu-1"] } });
  });

  it("deletes an empty group and reports unknown groups and workers as not found", async () => {
    await createWorkerGroup(t.db, admin, createWorkerGroupSchema.parse({ name: "spare" }));
    await deleteWorkerGroup(t.db, admin, "spare");
    await expect(getWorkerGroup(t.db, "spare")).rejects.toMatchObject({ code: "not_found" });
    await expect(deleteWorkerGroup(t.db, admin, "spare")).rejects.toMatchObject({ code: "not_found" });
    await expect(getWorker(t.db, crypto.randomUUID())).rejects.toMatchObject({ code: "not_found" });
  });

  it("validates names like BATON_WORKER_GROUP does", () => {
    expect(() => createWorkerGroupSchema.parse({ name: "-bad" })).toThrow(/start with a letter or digit/);
    expect(() => createWorkerGroupSchema.parse({ name: "ok", extra: 1 })).toThrow();
  });
});
