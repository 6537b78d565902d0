import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import { appendJobStreams } from "./append-job-streams";
import { listJobStreams } from "./list-job-streams";
import { createPublishedRunbook, startJobs } from "./testing/job-fixtures";

describe.each(testProviders)("job streams on %s", (provider) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb(provider);
  });
  afterAll(async () => t?.drop());

  async function newJob(): Promise<string> {
    const rb = await createPublishedRunbook(t.db);
    return (await startJobs(t.db, rb.id, 1))[0]!;
  }
  const rec = (type: "output" | "error" | "system", text: string, data?: unknown) => ({ type, ts: new Date(), text, data });

  it("numbers records in order across batches and lists them after a sequence number, by type", async () => {
    const jobId = await newJob();
    await appendJobStreams(t.db, jobId, [rec("output", "a", { n: 1 }), rec("error", "b")], 1_000_000);
    const second = await appendJobStreams(t.db, jobId, [rec("output", "c")], 1_000_000);
    expect(second).toEqual({ stored: 1, lastSeq: 3, truncatedNow: false });
    const all = await listJobStreams(t.db, jobId, { after: 0, limit: 100 });
    expect(all.items.map((r) => [r.seq, r.type, r.text])).toEqual([
      [1, "output", "a"],
      [2, "error", "b"],
      [3, "output", "c"],
    ]);
    expect(all.items[0]!.data).toEqual({ n: 1 });
    expect(all.lastSeq).toBe(3);
    expect((await listJobStreams(t.db, jobId, { after: 1, types: ["output"], limit: 100 })).items.map((r) => r.seq)).toEqual([3]);
    expect(await listJobStreams(t.db, jobId, { after: 3, limit: 100 })).toEqual({ items: [], lastSeq: 3 });
  });

  it("stops storing at the output cap with one truncation marker, and keeps system records", async () => {
    const jobId = await newJob();
    await appendJobStreams(t.db, jobId, [rec("output", "x".repeat(40)), rec("output", "y".repeat(40))], 100);
    const hit = await appendJobStreams(t.db, jobId, [rec("output", "z".repeat(40)), rec("output", "more")], 100);
    expect(hit.truncatedNow).toBe(true);
    await appendJobStreams(t.db, jobId, [rec("output", "ignored"), rec("system", "The worker was lost")], 100);
    const { items } = await listJobStreams(t.db, jobId, { after: 0, limit: 100 });
    expect(items.map((r) => r.type)).toEqual(["output", "output", "system", "system"]);
    expect(items[2]!.text).toBe("Output truncated after 80 bytes (the limit is 100 bytes per job)");
    expect(items[3]!.text).toBe("The worker was lost");
    const job = await t.db.job.findUniqueOrThrow({ where: { id: jobId } });
    expect(job).toMatchObject({ outputTruncated: true, outputBytes: 80, streamSeq: 4 });
  });

  it("never reuses a sequence number under concurrent appenders", async () => {
    const jobId = await newJob();
    await Promise.all(Array.from({ length: 8 }, (_, i) => appendJobStreams(t.db, jobId, [rec("system", `s${i}`), rec("system", `t${i}`)], 1000)));
    const { items } = await listJobStreams(t.db, jobId, { after: 0, limit: 100 });
    expect(items.map((r) => r.seq)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
  });
});
