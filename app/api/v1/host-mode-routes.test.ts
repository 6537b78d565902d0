import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, createApiUser } from "@/app/api/testing/route-kit";
import { routeTarget } from "@/lib/testing/route-target";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import * as runbookRoute from "./runbooks/[runbookId]/route";
import * as runbooksRoute from "./runbooks/route";
import * as groupRoute from "./worker-groups/[name]/route";
import * as groupsRoute from "./worker-groups/route";

const refusal = { code: "validation_failed", field: "hostMode", message: "hostMode: must be one of: process, shared" };

// The job host setting of runbooks and worker groups through the routes: stored, shown, audited, and checked by name.
describe.each(testProviders)("host mode routes on %s", (provider) => {
  let t: TestDb;
  let admin: string;
  beforeAll(async () => {
    t = await createTestDb(provider);
    routeTarget.db = t.db;
    admin = await createApiUser(t.db, "Administrator", "root");
  });
  afterAll(async () => t?.drop());

  const auditOf = (targetId: string, action: string) => t.db.auditEvent.findMany({ where: { targetId, action }, orderBy: { id: "asc" }, select: { details: true } });

  it("a runbook leaves the host mode to its worker group until PATCH sets it, and null hands it back; another value is refused by name", async () => {
    const created = await call(runbooksRoute.POST, { method: "POST", path: "/api/v1/runbooks", token: admin, body: { name: "Shared-Host" } });
    expect(created.status).toBe(201);
    expect(created.body.hostMode).toBeNull();
    const runbookId = created.body.id as string;
    const path = `/api/v1/runbooks/${runbookId}`;
    const patch = (body: unknown) => call(runbookRoute.PATCH, { method: "PATCH", path, token: admin, body, params: { runbookId } });
    const stored = async () => (await t.db.runbook.findUniqueOrThrow({ where: { id: runbookId } })).hostMode;

    const shared = await patch({ hostMode: "shared" });
    expect(shared.status).toBe(200);
    expect(shared.body.hostMode).toBe("shared");
    expect((await call(runbookRoute.GET, { method: "GET", path, token: admin, params: { runbookId } })).body.hostMode).toBe("shared");
    expect(await stored()).toBe("shared");

    const refused = await patch({ hostMode: "pooled" });
    expect(refused.status).toBe(422);
    expect(refused.body.error).toEqual(refusal);
    expect(await stored()).toBe("shared");

    const unset = await patch({ hostMode: null });
    expect(unset.status).toBe(200);
    expect(unset.body.hostMode).toBeNull();
    expect(await stored()).toBeNull();

    expect(await auditOf(runbookId, "runbook.update")).toEqual([{ details: { changed: ["hostMode"] } }, { details: { changed: ["hostMode"] } }]);
  });

  it("a worker group runs jobs in their own process unless created or changed to share a host; null and other values are refused by name", async () => {
    const plain = await call(groupsRoute.POST, { method: "POST", path: "/api/v1/worker-groups", token: admin, body: { name: "plain" } });
    expect(plain.status).toBe(201);
    expect(plain.body.hostMode).toBe("process");
    const created = await call(groupsRoute.POST, { method: "POST", path: "/api/v1/worker-groups", token: admin, body: { name: "pooled", hostMode: "shared" } });
    expect(created.status).toBe(201);
    expect(created.body.hostMode).toBe("shared");

    const path = "/api/v1/worker-groups/pooled";
    const patch = (body: unknown) => call(groupRoute.PATCH, { method: "PATCH", path, token: admin, body, params: { name: "pooled" } });
    const changed = await patch({ description: "", hostMode: "process" });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ description: "", hostMode: "process" });
    expect((await call(groupRoute.GET, { method: "GET", path, token: admin, params: { name: "pooled" } })).body.hostMode).toBe("process");
    expect((await patch({ hostMode: "shared" })).body.hostMode).toBe("shared");
    const list = await call(groupsRoute.GET, { method: "GET", path: "/api/v1/worker-groups", token: admin });
    expect(list.body.items.map((g: { name: string; hostMode: string }) => [g.name, g.hostMode])).toEqual([
      ["plain", "process"],
      ["pooled", "shared"],
    ]);

    for (const body of [{ hostMode: "Shared" }, { hostMode: null }]) {
      const refused = await patch(body);
      expect(refused.status).toBe(422);
      expect(refused.body.error.field).toBe("hostMode");
      expect(refused.body.error.message).toMatch(/^hostMode: /);
    }
    expect((await patch({ hostMode: "pool" })).body.error).toEqual(refusal);
    const refusedCreate = await call(groupsRoute.POST, { method: "POST", path: "/api/v1/worker-groups", token: admin, body: { name: "odd", hostMode: "thread" } });
    expect(refusedCreate.status).toBe(422);
    expect(refusedCreate.body.error).toEqual(refusal);
    expect(await t.db.workerGroup.findUniqueOrThrow({ where: { name: "pooled" } })).toMatchObject({ hostMode: "shared" });
    expect(await t.db.workerGroup.count({ where: { name: "odd" } })).toBe(0);

    // The form sends the description too: only what changed is named.
    expect(await auditOf(created.body.id, "worker_group.update")).toEqual([{ details: { changed: ["hostMode"] } }, { details: { changed: ["hostMode"] } }]);
  });
});
