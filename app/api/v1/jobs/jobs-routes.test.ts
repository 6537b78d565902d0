import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateToken, hashToken } from "@/lib/crypto/tokens";
import { routeTarget } from "@/lib/testing/route-target";
import { call, createApiUser } from "@/app/api/testing/route-kit";
import type { Role } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db";
import { appendJobStreams } from "@/lib/jobs/append-job-streams";
import { createPublishedRunbook, createWorkerRow } from "@/lib/jobs/testing/job-fixtures";
import { transitionJob } from "@/lib/jobs/transition-job";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import * as startRoute from "@/app/api/v1/runbooks/[runbookId]/jobs/route";
import * as listRoute from "./route";
import * as detailRoute from "./[jobId]/route";
import * as stopRoute from "./[jobId]/stop/route";
import * as streamsRoute from "./[jobId]/streams/route";
import * as liveRoute from "./[jobId]/streams/live/route";
import * as workersRoute from "../workers/route";
import { runbookKeys } from "@/lib/runbooks/runbook-keys";


/** A user whose role applies only to runbooks carrying `tag`. */
async function createScopedUser(db: Db, role: Role, tag: string): Promise<string> {
  const user = await db.user.create({ data: { username: `scoped-${tag}`, displayName: tag } });
  await db.roleAssignment.create({ data: { role, userId: user.id, scopeTag: tag } });
  const token = generateToken("api");
  await db.apiToken.create({ data: { userId: user.id, name: "t", tokenHash: hashToken(token), prefix: token.slice(0, 8) } });
  return token;
}

// The handlers are thin and the lib functions they call are tested on both databases; this checks
// the HTTP contract (status codes, shapes, permissions) once, on SQLite.
describe("job API routes", () => {
  let t: TestDb;
  let operator: string;
  let reader: string;
  let payments: string;
  let rb: { id: string; name: string; versionId: string };
  let otherTeam: { id: string };
  beforeAll(async () => {
    t = await createTestDb("sqlite");
    routeTarget.db = t.db;
    operator = await createApiUser(t.db, "Operator");
    reader = await createApiUser(t.db, "Reader");
    payments = await createScopedUser(t.db, "Operator", "payments");
    rb = await createPublishedRunbook(t.db, { tags: ["payments"] });
    otherTeam = await createPublishedRunbook(t.db, { tags: ["hr"] });
  });
  afterAll(async () => t?.drop());

  const start = (runbookId: string, token: string | undefined, body: unknown = {}) =>
    call(startRoute.POST, { method: "POST", path: `/api/v1/runbooks/${runbookId}/jobs`, token, body, params: { runbookId } });

  it("starts a job (201 + the job), and refuses without a token, without permission, and with bad input", async () => {
    const res = await start(rb.id, operator, { parameters: {} });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ runbookId: rb.id, runbookName: rb.name, status: "Queued", allowedActions: ["stop"], waitingReason: "No worker in group 'default' is online" });
    expect((await start(rb.id, undefined)).status).toBe(401);
    expect((await start(rb.id, reader)).status).toBe(403);
    const bad = await start(rb.id, operator, { runOn: "no such group!" });
    expect(bad.status).toBe(422);
    expect(bad.body.error.field).toBe("runOn");
    const draft = await t.db.runbook.create({ data: { name: "Only-Draft", ...runbookKeys({ name: "Only-Draft" }) } });
    const noVersion = await start(draft.id, operator);
    expect(noVersion).toMatchObject({ status: 409, body: { error: { message: "Runbook Only-Draft has no published version" } } });
    expect((await start(otherTeam.id, payments)).status).toBe(404);
  });

  it("reruns a job of the same runbook: the new job records which one, its version and why; other jobs are refused on the field", async () => {
    const { body: original } = await start(rb.id, operator, { parameters: {} });
    expect(original).toMatchObject({ runbookVersionNumber: 1, rerunOfJobId: null });
    const rerun = await start(rb.id, payments, { parameters: {}, rerunOfJobId: original.id });
    expect(rerun.status).toBe(201);
    expect(rerun.body).toMatchObject({ rerunOfJobId: original.id, runbookVersionNumber: 1 });
    expect(rerun.body.timeline[0]).toMatchObject({ toStatus: "New", reason: `Rerun of job ${original.id.slice(0, 8)} by scoped-payments` });

    const otherTeamsJob = (await start(otherTeam.id, operator)).body;
    const testJob = await t.db.job.create({
      data: { runbookId: rb.id, runbookVersionId: rb.versionId, isTest: true, status: "Completed", startedByKind: "user", startedByName: "x" },
    });
    const refusals = [
      [otherTeamsJob.id, "rerunOfJobId: is not a job of this runbook that you can see"],
      [crypto.randomUUID(), "rerunOfJobId: is not a job of this runbook that you can see"],
      [testJob.id, "rerunOfJobId: is a test job; run the draft again from the test pane"],
      ["not-a-job", "rerunOfJobId: must be a job id"],
    ];
    for (const [rerunOfJobId, message] of refusals) {
      expect(await start(rb.id, operator, { rerunOfJobId })).toMatchObject({ status: 422, body: { error: { field: "rerunOfJobId", message } } });
    }
    // Purging the original keeps the rerun, with the reference cleared.
    await t.db.job.delete({ where: { id: original.id } });
    const after = await call(detailRoute.GET, { method: "GET", path: `/api/v1/jobs/${rerun.body.id}`, token: reader, params: { jobId: rerun.body.id } });
    expect(after.body.rerunOfJobId).toBeNull();
  });

  it("lists only the jobs a tag-scoped user may read, and pages with a cursor", async () => {
    await start(otherTeam.id, operator);
    const all = await call(listRoute.GET, { method: "GET", path: "/api/v1/jobs?limit=1", token: reader });
    expect(all.status).toBe(200);
    expect(all.body.items).toHaveLength(1);
    expect(all.body.nextCursor).toEqual(expect.any(String));
    const scoped = await call(listRoute.GET, { method: "GET", path: "/api/v1/jobs", token: payments });
    expect(scoped.body.items.length).toBeGreaterThan(0);
    expect(scoped.body.items.every((j: { runbookId: string }) => j.runbookId === rb.id)).toBe(true);
    expect((await call(listRoute.GET, { method: "GET", path: "/api/v1/jobs?status=Bogus", token: reader })).status).toBe(422);
  });

  it("shows, stops (409 the second time) and streams a job; hides other teams' jobs", async () => {
    const { body: job } = await start(rb.id, operator);
    const params = { jobId: job.id };
    expect((await call(detailRoute.GET, { method: "GET", path: `/api/v1/jobs/${job.id}`, token: reader, params })).body.timeline).toHaveLength(2);
    const hidden = (await start(otherTeam.id, operator)).body;
    expect((await call(detailRoute.GET, { method: "GET", path: `/api/v1/jobs/${hidden.id}`, token: payments, params: { jobId: hidden.id } })).status).toBe(404);
    expect((await call(stopRoute.POST, { method: "POST", path: `/api/v1/jobs/${job.id}/stop`, token: reader, params })).status).toBe(403);
    const stopped = await call(stopRoute.POST, { method: "POST", path: `/api/v1/jobs/${job.id}/stop`, token: operator, params });
    expect(stopped.body).toMatchObject({ status: "Stopped", statusReason: expect.stringMatching(/^Stopped by /), allowedActions: [] });
    const again = await call(stopRoute.POST, { method: "POST", path: `/api/v1/jobs/${job.id}/stop`, token: operator, params });
    expect(again).toMatchObject({ status: 409, body: { error: { code: "conflict", message: "Cannot stop a job that is Stopped" } } });

    await appendJobStreams(t.db, job.id, [{ type: "output", ts: new Date(), text: "one" }, { type: "error", ts: new Date(), text: "two" }], 1_000_000);
    const page = await call(streamsRoute.GET, { method: "GET", path: `/api/v1/jobs/${job.id}/streams?after=0&types=error`, token: reader, params });
    expect(page.body).toMatchObject({ items: [{ seq: 2, type: "error", text: "two" }], lastSeq: 2 });
    expect((await call(streamsRoute.GET, { method: "GET", path: `/api/v1/jobs/${job.id}/streams?types=nope`, token: reader, params })).status).toBe(422);
  });

  it("streams live records and status changes over SSE until the job ends", async () => {
    const worker = await createWorkerRow(t.db, { group: "default" });
    const { body: job } = await start(rb.id, operator);
    await t.db.job.update({ where: { id: job.id }, data: { status: "Activating", workerId: worker.id } });
    await transitionJob(t.db, job.id, "Running", { workerId: worker.id });
    const res = await liveRoute.GET(new Request(`http://localhost/api/v1/jobs/${job.id}/streams/live?after=0`, { headers: { authorization: `Bearer ${reader}` } }), {
      params: Promise.resolve({ jobId: job.id }),
    });
    expect(res.headers.get("content-type")).toMatch(/^text\/event-stream/);
    setTimeout(() => {
      void (async () => {
        await appendJobStreams(t.db, job.id, [{ type: "output", ts: new Date(), text: "live line" }], 1_000_000);
        await transitionJob(t.db, job.id, "Completed", { workerId: worker.id });
      })();
    }, 300);
    const text = await res.text();
    const events = text.split("\n\n").filter(Boolean).map((block) => Object.fromEntries(block.split("\n").map((l) => [l.slice(0, l.indexOf(":")), l.slice(l.indexOf(":") + 2)])));
    expect(events.map((e) => e.event)).toEqual(["status", "record", "status"]);
    expect(JSON.parse(events[0]!.data!)).toMatchObject({ status: "Running" });
    expect(JSON.parse(events[1]!.data!)).toMatchObject([{ seq: 1, text: "live line" }]);
    expect(events[1]!.id).toBe("1");
    expect(JSON.parse(events[2]!.data!)).toMatchObject({ status: "Completed" });
  });

  it("lists workers with liveness and running jobs", async () => {
    const res = await call(workersRoute.GET, { method: "GET", path: "/api/v1/workers", token: reader });
    expect(res.status).toBe(200);
    expect(res.body.items[0]).toMatchObject({ group: "default", online: true, capacity: 2, runningJobs: expect.any(Number) });
  });
});
