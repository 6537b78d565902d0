import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/lib/db/client";
import { createPublishedRunbook, createWorkerRow, startJobs } from "@/lib/jobs/testing/job-fixtures";
import type { StreamRecordInput } from "@/lib/jobs/stream-types";
import { claimJobs } from "@/lib/queue/claim-jobs";
import { cutDatabase } from "@/lib/testing/database-outage";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import { createStreamSink } from "./stream-sink";
import { directTransport } from "./transport/direct-transport";

describe.each(testProviders)("stream sink on %s", (provider) => {
  let t: TestDb;
  let db: Db;
  beforeAll(async () => {
    t = await createTestDb(provider);
    // The sink's own client, as the worker has: a short SQLite lock wait, and connections the outage may break.
    db = createDb(t.url, { poolSize: 2, sqliteBusyTimeoutMs: 200 }).db;
  });
  afterAll(async () => {
    await db?.$disconnect();
    await t?.drop();
  });

  const out = (text: string): StreamRecordInput => ({ type: "output", ts: new Date(), text });
  async function until(condition: () => boolean, timeoutMs = 60_000) {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
      if (Date.now() > deadline) throw new Error("gave up waiting");
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  async function heldJob() {
    const worker = await createWorkerRow(t.db, { group: `sink-${provider}` });
    const rb = await createPublishedRunbook(t.db);
    const [jobId] = await startJobs(t.db, rb.id, 1, { runOn: worker.group });
    const [claimed] = await claimJobs(t.db, worker);
    return { jobId: jobId!, workerId: worker.id, workerName: worker.name, attempt: claimed!.attempts };
  }

  it("says how many records were lost, and why, when the disk is full during an outage; the rest is stored in order", async () => {
    const held = await heldJob();
    const spoolDir = fs.mkdtempSync(path.join(os.tmpdir(), "baton-sink-"));
    // The spool file the sink will open is the kernel's always-full device: every write fails with ENOSPC.
    fs.symlinkSync("/dev/full", path.join(spoolDir, `${held.jobId}.${held.attempt}.1.ndjson`));
    const log: string[] = [];
    const sink = createStreamSink({ transport: directTransport(db), held, maxOutputBytes: 1e9, log: (m) => log.push(m), spoolDir, memoryLimitBytes: 1024 });
    sink.push([out("before 1"), out("before 2")]);
    await sink.close();

    const outage = await cutDatabase(t.url);
    sink.push([out("during the outage")]);
    await until(() => log.some((line) => line.startsWith(`storing stream records of job ${held.jobId} failed`)));
    // 10 records of 600 bytes pass the memory limit, so they go to the spool file, which is full.
    for (let i = 1; i <= 10; i++) sink.push([out(`lost ${i} ${"x".repeat(590)}`)]);
    await until(() => log.some((line) => line.includes("10 record(s) lost")));
    sink.push([out("after")]);
    await outage.end();
    await sink.close();

    const job = await t.db.job.findUniqueOrThrow({ where: { id: held.jobId }, include: { streams: { orderBy: { seq: "asc" } } } });
    expect(job.streams.map((s) => s.type === "system" ? s.text.replace(/unreachable \(.*\)$/, "unreachable (…)") : s.text)).toEqual([
      "before 1",
      "before 2",
      "during the outage",
      "10 stream record(s) of this job were lost: the worker could not keep them while the database was unreachable (…)",
      "after",
    ]);
    expect(job.streams[3]!.text).toMatch(/ENOSPC|no space left on device/i);
    expect(job.lostStreamRecords).toBe(10);
    expect(fs.readdirSync(spoolDir)).toEqual([]);
    fs.rmSync(spoolDir, { recursive: true, force: true });
  });

  it("stores nothing more for an attempt that is no longer held, and removes its spool file", async () => {
    const held = await heldJob();
    const spoolDir = fs.mkdtempSync(path.join(os.tmpdir(), "baton-sink-"));
    const sink = createStreamSink({ transport: directTransport(db), held, maxOutputBytes: 1e9, log: () => {}, spoolDir, memoryLimitBytes: 1024 });
    await t.db.job.update({ where: { id: held.jobId }, data: { attempts: held.attempt + 1 } });
    sink.push([out("x".repeat(2000)), out("stale")]);
    await sink.close();
    expect(await t.db.jobStreamRecord.count({ where: { jobId: held.jobId } })).toBe(0);
    expect(fs.readdirSync(spoolDir)).toEqual([]);
    fs.rmSync(spoolDir, { recursive: true, force: true });
  });
});
