import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jobActivityListenPids, terminateBackend } from "@/lib/db/testing/listen-connections";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import { appendJobStreams } from "./append-job-streams";
import { followJobStreams, type JobStreamEvent } from "./follow-job-streams";
import { claimJobs } from "@/lib/queue/claim-jobs";
import { createPublishedRunbook, createWorkerRow, type RunbookFixture } from "./testing/job-fixtures";
import { transitionJob } from "./transition-job";

// Ten minutes: a follower on PostgreSQL that gets anything within the test's bounds was woken by a notification.
const never = 600_000;

describe.each(testProviders)("followJobStreams on %s", (provider) => {
  let t: TestDb;
  let rb: RunbookFixture;
  beforeAll(async () => {
    t = await createTestDb(provider);
    rb = await createPublishedRunbook(t.db);
  });
  afterAll(async () => t?.drop());

  // SQLite has no NOTIFY: its followers keep the short poll. On PostgreSQL both polls are too slow to matter.
  const polls = provider === "postgresql" ? { pollMs: never, fallbackPollMs: never } : { pollMs: 20 };

  async function runningJob(status = "Running", runOn = "default"): Promise<string> {
    const job = await t.db.job.create({ data: { runbookId: rb.id, runbookVersionId: rb.versionId, startedByKind: "user", status, runOn } });
    return job.id;
  }
  const append = (jobId: string, text: string) => appendJobStreams(t.db, jobId, [{ type: "output", ts: new Date(), text }], 1_000_000);
  function texts(e: IteratorResult<JobStreamEvent>): unknown {
    return !e.done && e.value.event === "record" ? e.value.data.map((r) => r.text) : e.value;
  }

  /** A follower that has sent the job's current status and, on PostgreSQL, listens. */
  async function follow(jobId: string, status = "Running"): Promise<AsyncGenerator<JobStreamEvent>> {
    const stream = followJobStreams(t.db, jobId, { after: 0, signal: new AbortController().signal, ...polls });
    expect((await stream.next()).value).toEqual({ event: "status", data: { status, statusReason: null } });
    if (provider === "postgresql") await expect.poll(() => jobActivityListenPids(t.url), { timeout: 10_000 }).toHaveLength(1);
    return stream;
  }

  /**
   * Each write is made only after the previous one was seen: without notifications, a follower whose
   * polls never come would see at most one of them (the read the LISTEN's start triggers).
   */
  async function expectWritesSeen(stream: AsyncGenerator<JobStreamEvent>, jobId: string): Promise<void> {
    for (const text of ["first", "second"]) {
      const next = stream.next();
      await append(jobId, text);
      expect(texts(await next)).toEqual([text]);
    }
    const next = stream.next();
    await transitionJob(t.db, jobId, "Completed", { actor: "test" });
    expect((await next).value).toEqual({ event: "status", data: { status: "Completed", statusReason: null } });
    expect((await stream.next()).done).toBe(true);
  }

  it("sends records and status changes as they are stored", async () => {
    const jobId = await runningJob();
    await expectWritesSeen(await follow(jobId), jobId);
  });

  it("sends a status the queue's own SQL set (a claim), as it does one transitionJob set", async () => {
    const worker = await createWorkerRow(t.db, { group: `follow-${Date.now()}` });
    const jobId = await runningJob("Queued", worker.group);
    const stream = await follow(jobId, "Queued");
    // A record first, so the claim is not the write the LISTEN's start would find without its notification.
    let next = stream.next();
    await append(jobId, "queued");
    expect(texts(await next)).toEqual(["queued"]);
    next = stream.next();
    expect((await claimJobs(t.db, worker)).map((j) => j.id)).toEqual([jobId]);
    expect((await next).value).toEqual({ event: "status", data: { status: "Activating", statusReason: null } });
    await stream.return(undefined);
  });

  it.runIf(provider === "postgresql")("shares one LISTEN connection among the followers of every job, and closes it after the last", async () => {
    const jobs = await Promise.all([runningJob(), runningJob(), runningJob()]);
    const streams = await Promise.all(jobs.map((id) => follow(id)));
    expect(await jobActivityListenPids(t.url)).toHaveLength(1);
    // A write to one job wakes its follower; the others stay asleep until their own.
    await expectWritesSeen(streams[1]!, jobs[1]!);
    for (const s of [streams[0]!, streams[2]!]) await s.return(undefined);
    await expect.poll(() => jobActivityListenPids(t.url), { timeout: 10_000 }).toHaveLength(0);
  });

  it.runIf(provider === "postgresql")("re-establishes a LISTEN connection that was cut, and its followers go on", async () => {
    const jobId = await runningJob();
    const stream = await follow(jobId);
    const [cut] = await jobActivityListenPids(t.url);
    await terminateBackend(t.url, cut!);
    await expect.poll(async () => (await jobActivityListenPids(t.url)).filter((pid) => pid !== cut), { timeout: 10_000 }).toHaveLength(1);
    await expectWritesSeen(stream, jobId);
  });
});
