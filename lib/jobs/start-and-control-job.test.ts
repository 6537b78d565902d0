import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actingAs } from "@/lib/audit/testing/acting-as";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import { claimJobs } from "@/lib/queue/claim-jobs";
import { controlJob } from "./control-job";
import { explainWait } from "./explain-wait";
import { getJobDetail } from "./get-job-detail";
import { listJobs } from "./list-jobs";
import { startJob } from "./start-job";
import { createPublishedRunbook, createWorkerRow, startJobs } from "./testing/job-fixtures";
import { transitionJob } from "./transition-job";
import { runbookKeys } from "@/lib/runbooks/runbook-keys";

describe.each(testProviders)("starting, controlling and explaining jobs on %s", (provider) => {
  let t: TestDb;
  let userId: string;
  const alice = actingAs("alice");
  beforeAll(async () => {
    t = await createTestDb(provider);
    userId = (await t.db.user.create({ data: { username: "alice", displayName: "Alice" } })).id;
  });
  afterAll(async () => t?.drop());
  const byAlice = { kind: "user" as const, userId: "", name: "alice" };

  it("starts a queued job with parameters, starter and timeline", async () => {
    const rb = await createPublishedRunbook(t.db, { content: "param([Parameter(Mandatory)]$Name, [ValidateSet('Fast', 'Slow')]$Mode)" });
    const { jobId } = await startJob(t.db, { runbookId: rb.id, input: { parameters: { name: "x", mode: "fast" } }, startedBy: { ...byAlice, userId } });
    const job = await getJobDetail(t.db, jobId);
    expect(job).toMatchObject({ status: "Queued", runOn: "default", parameters: { Name: "x", Mode: "fast" }, startedBy: { kind: "user", name: "alice" }, attempts: 0 });
    expect(job.timeline.map((c) => c.toStatus)).toEqual(["New", "Queued"]);
    expect(job.allowedActions).toEqual(["stop"]);
  });

  it("refuses a runbook without a published version, unknown or missing parameters, and an unknown group", async () => {
    const draftOnly = await t.db.runbook.create({ data: { name: "Draft-Only", ...runbookKeys({ name: "Draft-Only" }) } });
    const start = (runbookId: string, input: object) => startJob(t.db, { runbookId, input, startedBy: { ...byAlice, userId } });
    await expect(start(draftOnly.id, {})).rejects.toMatchObject({ code: "conflict", message: "Runbook Draft-Only has no published version" });
    const rb = await createPublishedRunbook(t.db, { content: "param([Parameter(Mandatory)]$Name)" });
    await expect(start(rb.id, { parameters: { Nmae: "x" } })).rejects.toMatchObject({ code: "validation_failed", field: "parameters.Nmae" });
    await expect(start(rb.id, {})).rejects.toMatchObject({ code: "validation_failed", field: "parameters.Name", message: "Cannot process command because of one or more missing mandatory parameters: Name." });
    await expect(start(rb.id, { parameters: { Name: "x" }, runOn: "nowhere" })).rejects.toMatchObject({ field: "runOn" });
    await expect(start(rb.id, { runOn: "bad group!" })).rejects.toThrow();
  });

  it("stops a queued job at once, a running one through Stopping, and refuses to stop a finished one", async () => {
    const rb = await createPublishedRunbook(t.db);
    const worker = await createWorkerRow(t.db, { group: "ctl" });
    const [queued, running] = await startJobs(t.db, rb.id, 2, { runOn: "ctl" });
    expect(await controlJob(t.db, queued!, "stop", alice)).toEqual({ status: "Stopped" });
    expect((await getJobDetail(t.db, queued!)).statusReason).toBe("Stopped by alice");
    await claimJobs(t.db, worker);
    await transitionJob(t.db, running!, "Running", { workerId: worker.id });
    expect(await controlJob(t.db, running!, "stop", alice)).toEqual({ status: "Stopping" });
    expect((await getJobDetail(t.db, running!)).statusReason).toBe("Stop requested by alice");
    await expect(controlJob(t.db, queued!, "stop", alice)).rejects.toMatchObject({ code: "conflict", message: "Cannot stop a job that is Stopped" });
    await expect(controlJob(t.db, queued!, "resume", alice)).rejects.toThrow("Cannot resume a job that is Stopped");
  });

  it("suspends a running job and resumes it through Resuming back to the queue", async () => {
    const rb = await createPublishedRunbook(t.db);
    const worker = await createWorkerRow(t.db, { group: "sus" });
    const [jobId] = await startJobs(t.db, rb.id, 1, { runOn: "sus" });
    await claimJobs(t.db, worker);
    await transitionJob(t.db, jobId!, "Running", { workerId: worker.id });
    expect(await controlJob(t.db, jobId!, "suspend", alice)).toEqual({ status: "Suspending" });
    await transitionJob(t.db, jobId!, "Suspended", { workerId: worker.id });
    expect((await getJobDetail(t.db, jobId!)).allowedActions).toEqual(["stop", "resume"]);
    expect(await controlJob(t.db, jobId!, "resume", alice)).toEqual({ status: "Queued" });
    const job = await getJobDetail(t.db, jobId!);
    expect(job.timeline.map((c) => c.toStatus).slice(-4)).toEqual(["Suspending", "Suspended", "Resuming", "Queued"]);
    expect(job.worker).toBeNull();
    expect((await claimJobs(t.db, worker))[0]?.id).toBe(jobId);
  });

  it("explains why a queued job waits", async () => {
    const rb = await createPublishedRunbook(t.db, { concurrencyLimit: 1 });
    const waiting = { status: "Queued", runbookId: rb.id, runOn: "explain" };
    expect(await explainWait(t.db, waiting)).toBe("No worker in group 'explain' is online");
    await createWorkerRow(t.db, { group: "explain", lastHeartbeatAt: new Date(Date.now() - 60_000) });
    expect(await explainWait(t.db, waiting)).toBe("No worker in group 'explain' is online");
    const w1 = await createWorkerRow(t.db, { group: "explain", capacity: 1 });
    expect(await explainWait(t.db, waiting)).toBe("Waiting for a worker to pick it up");
    const [first] = await startJobs(t.db, rb.id, 2, { runOn: "explain" });
    expect((await claimJobs(t.db, w1))[0]?.id).toBe(first);
    expect(await explainWait(t.db, waiting)).toBe("1 of 1 allowed jobs of this runbook are running");
    const other = { status: "Queued", runbookId: (await createPublishedRunbook(t.db)).id, runOn: "explain" };
    expect(await explainWait(t.db, other)).toBe("The only worker in group 'explain' is at capacity (1 of 1 jobs running)");
    const w2 = await createWorkerRow(t.db, { group: "explain", capacity: 1 });
    const [busy] = await startJobs(t.db, other.runbookId, 1, { runOn: "explain" });
    expect((await claimJobs(t.db, w2))[0]?.id).toBe(busy);
    expect(await explainWait(t.db, other)).toBe("All 2 workers in group 'explain' are at capacity (2 of 2 jobs running)");
    expect((await getJobDetail(t.db, busy!)).waitingReason).toBeNull();
  });

  it("lists jobs newest first with stable cursor pages and filters", async () => {
    const rb = await createPublishedRunbook(t.db, { tags: ["payments"] });
    const ids = await startJobs(t.db, rb.id, 5);
    await controlJob(t.db, ids[0]!, "stop", alice);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listJobs(t.db, { runbookId: rb.id, limit: 2, cursor, visibleTags: null });
      seen.push(...page.items.map((j) => j.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual([...ids].reverse());
    const oldestFirst: string[] = [];
    do {
      const page = await listJobs(t.db, { runbookId: rb.id, limit: 2, cursor, sort: "createdAt", visibleTags: null });
      oldestFirst.push(...page.items.map((j) => j.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(oldestFirst).toEqual(ids);
    const stopped = await listJobs(t.db, { runbookId: rb.id, status: ["Stopped"], limit: 50, visibleTags: null });
    expect(stopped.items.map((j) => j.id)).toEqual([ids[0]]);
    expect((await listJobs(t.db, { runbookId: rb.id, limit: 50, visibleTags: ["other-team"] })).items).toEqual([]);
    expect((await listJobs(t.db, { runbookId: rb.id, limit: 50, visibleTags: ["payments"] })).items).toHaveLength(5);
    expect((await listJobs(t.db, { runbookId: rb.id, limit: 50, from: new Date(Date.now() + 60_000), visibleTags: null })).items).toEqual([]);
    await expect(listJobs(t.db, { limit: 5, cursor: "garbage", visibleTags: null })).rejects.toMatchObject({ field: "cursor" });
  });
});
