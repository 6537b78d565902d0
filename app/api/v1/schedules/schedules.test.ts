import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { routeTarget } from "@/lib/testing/route-target";
import { call, createApiUser } from "@/app/api/testing/route-kit";
import { generateToken, hashToken } from "@/lib/crypto/tokens";
import type { Db } from "@/lib/db";
import { createPublishedRunbook } from "@/lib/jobs/testing/job-fixtures";
import { runDueSchedules } from "@/lib/schedules/run-due-schedules";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import * as occurrences from "./[scheduleId]/occurrences/route";
import * as item from "./[scheduleId]/route";
import * as linkItem from "./[scheduleId]/runbooks/[runbookId]/route";
import * as links from "./[scheduleId]/runbooks/route";
import * as preview from "./preview/route";
import * as collection from "./route";
import { runbookKeys } from "@/lib/runbooks/runbook-keys";


/** A user whose only grant is a role scoped to one runbook tag. */
async function createScopedUser(db: Db, role: "Operator", scopeTag: string): Promise<string> {
  const user = await db.user.create({ data: { username: `scoped-${crypto.randomBytes(3).toString("hex")}`, displayName: "Scoped" } });
  await db.roleAssignment.create({ data: { role, userId: user.id, scopeTag } });
  const token = generateToken("api");
  await db.apiToken.create({ data: { userId: user.id, name: "test", tokenHash: hashToken(token), prefix: token.slice(0, 8) } });
  return token;
}

describe.each(testProviders)("schedules API on %s", (provider) => {
  let t: TestDb;
  let author: string;
  let reader: string;
  const daily = { kind: "daily", timeZone: "Europe/Berlin", startAt: "2030-01-01T06:00:00+01:00" };
  const create = (body: object, token = author) => call(collection.POST, { method: "POST", path: "/api/v1/schedules", token, body });
  const get = (id: string) => call(item.GET, { method: "GET", path: `/api/v1/schedules/${id}`, token: reader, params: { scheduleId: id } });
  const patch = (id: string, body: object) => call(item.PATCH, { method: "PATCH", path: `/api/v1/schedules/${id}`, token: author, body, params: { scheduleId: id } });
  const link = (id: string, body: object, token = author) => call(links.POST, { method: "POST", path: `/api/v1/schedules/${id}/runbooks`, token, body, params: { scheduleId: id } });

  beforeAll(async () => {
    t = await createTestDb(provider);
    routeTarget.db = t.db;
    author = await createApiUser(t.db, "Author", "author");
    reader = await createApiUser(t.db, "Reader", "reader");
  });
  afterAll(async () => t?.drop());

  it("creates, reads, lists in pages with next run and runbook count, updates and deletes, auditing each change", async () => {
    const created = await create({ name: "Nightly", ...daily, description: "night" });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ name: "Nightly", kind: "daily", timeZone: "Europe/Berlin", startAt: "2030-01-01T05:00:00.000Z", nextRunAt: "2030-01-01T05:00:00.000Z", runbookCount: 0, createdBy: "author" });
    for (const name of ["Alpha", "Zulu"]) expect((await create({ name, ...daily })).status).toBe(201);

    const first = await call(collection.GET, { method: "GET", path: "/api/v1/schedules?limit=2", token: reader });
    expect(first.body.items.map((s: { name: string }) => s.name)).toEqual(["Alpha", "Nightly"]);
    const second = await call(collection.GET, { method: "GET", path: `/api/v1/schedules?limit=2&cursor=${first.body.nextCursor}`, token: reader });
    expect(second.body).toMatchObject({ items: [{ name: "Zulu" }], nextCursor: null });
    expect((await call(collection.GET, { method: "GET", path: "/api/v1/schedules?cursor=nonsense", token: reader })).body.error.field).toBe("cursor");

    const id = created.body.id as string;
    const disabled = await patch(id, { enabled: false });
    expect(disabled.body).toMatchObject({ enabled: false, nextRunAt: null, kind: "daily" });
    const weekly = await patch(id, { enabled: true, kind: "weekly", weekDays: [1, 5] });
    expect(weekly.body).toMatchObject({ kind: "weekly", weekDays: [1, 5], nextRunAt: "2030-01-04T05:00:00.000Z" });
    // The merged schedule must still be valid: monthly without days names the field. The weekly
    // days do not carry over to the new kind; days given for the wrong kind are refused.
    expect((await patch(id, { kind: "monthly" })).body.error.field).toBe("monthDays");
    expect((await patch(id, { kind: "monthly", lastDayOfMonth: true, weekDays: [1] })).body.error.field).toBe("weekDays");
    expect((await patch(id, { monthDays: [1] })).body.error.field).toBe("monthDays");
    expect((await patch(id, { name: "Alpha" })).status).toBe(409);
    expect((await get(id)).body).toMatchObject({ name: "Nightly", kind: "weekly" });
    expect((await patch(id, { kind: "monthly", lastDayOfMonth: true })).body).toMatchObject({ kind: "monthly", weekDays: [], lastDayOfMonth: true, nextRunAt: "2030-01-31T05:00:00.000Z" });

    expect((await call(item.DELETE, { method: "DELETE", path: `/api/v1/schedules/${id}`, token: reader, params: { scheduleId: id } })).status).toBe(403);
    expect((await call(item.DELETE, { method: "DELETE", path: `/api/v1/schedules/${id}`, token: author, params: { scheduleId: id } })).status).toBe(204);
    expect((await get(id)).status).toBe(404);
    const audit = await t.db.auditEvent.findMany({ where: { targetId: id }, orderBy: [{ at: "asc" }, { id: "asc" }] });
    expect(audit.map((a) => a.action)).toEqual(["schedule.create", "schedule.disable", "schedule.update", "schedule.update", "schedule.delete"]);
  });

  it("refuses bad bodies with 422 naming the field", async () => {
    const cases: [object, string][] = [
      [{ name: "x", ...daily, timeZone: "Europe/Atlantis" }, "timeZone"],
      [{ name: "x", ...daily, startAt: "tomorrow" }, "startAt"],
      [{ name: "x", ...daily, kind: "fortnightly" }, "kind"],
      [{ name: "x", ...daily, kind: "cron", cron: "* * *" }, "cron"],
      [{ name: "x", ...daily, expiresAt: "2029-01-01T00:00:00Z" }, "expiresAt"],
      [{ ...daily }, "name"],
    ];
    for (const [body, field] of cases) {
      const res = await create(body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.body.error.field).toBe(field);
    }
  });

  it("refuses a one-time schedule in the past and an expiry that has passed, and marks one that has run out Expired", async () => {
    const past = await create({ name: "Past", kind: "once", startAt: "2020-01-01T00:00:00Z" });
    expect(past).toMatchObject({ status: 422, body: { error: { field: "startAt", message: "startAt: must be in the future: a one-time schedule set in the past would never run" } } });
    const gone = await create({ name: "Gone", ...daily, startAt: "2020-01-01T06:00:00Z", expiresAt: "2021-01-01T00:00:00Z" });
    expect(gone).toMatchObject({ status: 422, body: { error: { field: "expiresAt" } } });
    expect((await create({ name: "<b>bold</b>", ...daily })).body.error.field).toBe("name");

    // A one-time schedule whose moment has passed (here: stored directly, as if it ran) shows Expired, with no next run.
    const soon = await create({ name: "Soon", kind: "once", startAt: new Date(Date.now() + 60_000).toISOString() });
    expect(soon.body).toMatchObject({ expired: false, nextRunAt: expect.any(String) });
    await t.db.schedule.update({ where: { id: soon.body.id }, data: { startAt: new Date("2026-01-01T00:00:00Z"), nextRunAt: null, lastRunAt: new Date("2026-01-01T00:00:00Z") } });
    expect((await get(soon.body.id)).body).toMatchObject({ enabled: true, expired: true, nextRunAt: null });
    // Renaming it is not blocked by the past time it already has; moving it to another past time is.
    expect((await patch(soon.body.id, { name: "Ran once" })).body).toMatchObject({ name: "Ran once", expired: true });
    expect((await patch(soon.body.id, { startAt: "2026-02-01T00:00:00Z" })).body.error.field).toBe("startAt");
    const listed = await call(collection.GET, { method: "GET", path: "/api/v1/schedules", token: reader });
    expect(listed.body.items.find((s: { id: string }) => s.id === soon.body.id)).toMatchObject({ expired: true, nextRunAt: null });
  });

  it("previews the next 10 occurrences in the time zone without saving anything", async () => {
    const before = await t.db.schedule.count();
    const res = await call(preview.POST, { method: "POST", path: "/api/v1/schedules/preview", token: reader, body: { kind: "monthly", lastDayOfMonth: true, timeZone: "America/New_York", startAt: "2030-01-01T09:00:00-05:00" } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.occurrences).toHaveLength(10);
    expect(res.body.occurrences.slice(0, 3)).toEqual(["2030-01-31T14:00:00.000Z", "2030-02-28T14:00:00.000Z", "2030-03-31T13:00:00.000Z"]);
    const bad = await call(preview.POST, { method: "POST", path: "/api/v1/schedules/preview", token: reader, body: { kind: "weekly", startAt: "2030-01-01T09:00:00Z" } });
    expect(bad.body.error).toMatchObject({ code: "validation_failed", field: "weekDays" });
    expect(await t.db.schedule.count()).toBe(before);
  });

  it("links runbooks with parameters checked like a job start, lists them, shows occurrences with their jobs, and unlinks", async () => {
    const s = (await create({ name: "Linked", kind: "hourly", startAt: "2030-01-01T00:00:00Z" })).body;
    const rb = await createPublishedRunbook(t.db, { name: "Hello-Sched", content: "param([Parameter(Mandatory)][string]$Name)\n\"Hello $Name\"" });
    expect((await link(s.id, { runbookId: rb.id, parameters: { Nmae: "x" } })).body.error.field).toBe("parameters.Nmae");
    expect((await link(s.id, { runbookId: rb.id })).body.error.field).toBe("parameters.Name");
    expect((await link(s.id, { runbookId: rb.id, parameters: { Name: "Ada" }, runOn: "nowhere" })).body.error.field).toBe("runOn");
    const ok = await link(s.id, { runbookId: rb.id, parameters: { name: "Ada" } });
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(ok.body).toMatchObject({ runbookId: rb.id, runbookName: "Hello-Sched", scheduleName: "Linked", parameters: { Name: "Ada" }, runOn: null });
    expect((await link(s.id, { runbookId: rb.id, parameters: { Name: "Ada" } })).status).toBe(409);
    const draft = await t.db.runbook.create({ data: { name: "Draft-Only-Sched", ...runbookKeys({ name: "Draft-Only-Sched" }) } });
    expect((await link(s.id, { runbookId: draft.id })).status).toBe(409);
    expect((await link(crypto.randomUUID(), { runbookId: rb.id, parameters: { Name: "Ada" } })).status).toBe(404);

    const listed = await call(links.GET, { method: "GET", path: `/api/v1/schedules/${s.id}/runbooks`, token: reader, params: { scheduleId: s.id } });
    expect(listed.body.items).toMatchObject([{ runbookName: "Hello-Sched", parameters: { Name: "Ada" } }]);
    expect((await get(s.id)).body.runbookCount).toBe(1);

    await runDueSchedules(t.db, { now: new Date("2030-01-01T00:00:01Z") });
    const history = await call(occurrences.GET, { method: "GET", path: `/api/v1/schedules/${s.id}/occurrences`, token: reader, params: { scheduleId: s.id } });
    expect(history.body).toMatchObject({ items: [{ occurrenceAt: "2030-01-01T00:00:00.000Z", decision: "started", runbookName: "Hello-Sched", jobStatus: "Queued" }], nextCursor: null });
    const job = await t.db.job.findUniqueOrThrow({ where: { id: history.body.items[0].jobId } });
    expect(job).toMatchObject({ startedByKind: "schedule", scheduleId: s.id, parameters: { Name: "Ada" } });

    const unlink = (token: string) => call(linkItem.DELETE, { method: "DELETE", path: `/api/v1/schedules/${s.id}/runbooks/${rb.id}`, token, params: { scheduleId: s.id, runbookId: rb.id } });
    expect((await unlink(reader)).status).toBe(403);
    expect((await unlink(author)).status).toBe(204);
    expect((await unlink(author)).status).toBe(404);
    const audit = await t.db.auditEvent.findMany({ where: { targetId: s.id, action: { startsWith: "schedule." } }, orderBy: [{ at: "asc" }, { id: "asc" }] });
    expect(audit.map((a) => a.action)).toEqual(["schedule.create", "schedule.link_runbook", "schedule.unlink_runbook"]);
  });

  it("lets a tag-scoped operator link only runbooks carrying its tag", async () => {
    const s = (await create({ name: "Scoped", ...daily })).body;
    const ops = await createScopedUser(t.db, "Operator", "team-a");
    const mine = await createPublishedRunbook(t.db, { tags: ["team-a"] });
    const theirs = await createPublishedRunbook(t.db, { tags: ["team-b"] });
    expect((await link(s.id, { runbookId: theirs.id }, ops)).status).toBe(404);
    expect((await link(s.id, { runbookId: mine.id }, ops)).status).toBe(201);
    // Creating schedules stays with schedule.write, which a scoped operator does not have.
    expect((await create({ name: "Nope", ...daily }, ops)).status).toBe(403);
  });
});
