import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateToken, hashToken } from "@/lib/crypto/tokens";
import { routeTarget } from "@/lib/testing/route-target";
import { call, createApiUser } from "@/app/api/testing/route-kit";
import { appendJobStreams } from "@/lib/jobs/append-job-streams";
import { createPublishedRunbook, startJobs } from "@/lib/jobs/testing/job-fixtures";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import * as logRoute from "../jobs/[jobId]/log/route";
import * as statsRoute from "./job-stats/route";
import * as jobsRoute from "./jobs/route";


// The lib verbs are tested on both databases; this checks the HTTP contract of the log download and
// the dashboard routes once, on SQLite.
describe("log download and dashboard routes", () => {
  let t: TestDb;
  let reader: string;
  let hrOnly: string;
  let jobId: string;
  beforeAll(async () => {
    t = await createTestDb("sqlite");
    routeTarget.db = t.db;
    reader = await createApiUser(t.db, "Reader");
    const user = await t.db.user.create({ data: { username: "hr-reader", displayName: "hr" } });
    await t.db.roleAssignment.create({ data: { role: "Reader", userId: user.id, scopeTag: "hr" } });
    hrOnly = generateToken("api");
    await t.db.apiToken.create({ data: { userId: user.id, name: "t", tokenHash: hashToken(hrOnly), prefix: hrOnly.slice(0, 8) } });
    const rb = await createPublishedRunbook(t.db, { name: "Payments-Report", tags: ["payments"] });
    [jobId] = (await startJobs(t.db, rb.id, 1)) as [string];
    await appendJobStreams(t.db, jobId, [{ type: "output", ts: new Date("2026-01-01T00:00:00.000Z"), text: "done" }], 1_000_000);
  });
  afterAll(async () => t?.drop());

  const download = (token: string | undefined) =>
    logRoute.GET(new Request(`http://localhost/api/v1/jobs/${jobId}/log`, { headers: token ? { authorization: `Bearer ${token}` } : {} }), { params: Promise.resolve({ jobId }) });

  it("downloads the log as a text attachment, and hides the job from those who may not read it", async () => {
    const res = await download(reader);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="job-${jobId}.log"`);
    expect(await res.text()).toMatch(/^# Job .+ of runbook Payments-Report, .+\n2026-01-01T00:00:00\.000Z \[OUTPUT\] done\n$/);
    expect((await download(undefined)).status).toBe(401);
    expect((await download(hrOnly)).status).toBe(404);
  });

  it("serves job stats per range and refuses an unknown range by name", async () => {
    const week = await call(statsRoute.GET, { method: "GET", path: "/api/v1/dashboard/job-stats?range=7d", token: reader });
    expect(week.status).toBe(200);
    expect(week.body).toMatchObject({ range: "7d", bucket: "day", statuses: ["Queued"] });
    expect(week.body.buckets).toHaveLength(7);
    const scoped = await call(statsRoute.GET, { method: "GET", path: "/api/v1/dashboard/job-stats", token: hrOnly });
    expect(scoped.body).toMatchObject({ range: "24h", statuses: [] });
    const bad = await call(statsRoute.GET, { method: "GET", path: "/api/v1/dashboard/job-stats?range=1y", token: reader });
    expect(bad.status).toBe(422);
    expect(bad.body.error.field).toBe("range");
  });

  it("lists queued jobs with why they wait", async () => {
    const res = await call(jobsRoute.GET, { method: "GET", path: "/api/v1/dashboard/jobs", token: reader });
    expect(res.status).toBe(200);
    expect(res.body.active).toEqual([expect.objectContaining({ id: jobId, status: "Queued", waitingReason: "No worker in group 'default' is online" })]);
    expect(res.body.failures).toEqual([]);
  });
});
