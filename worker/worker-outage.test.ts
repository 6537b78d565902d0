import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createPublishedRunbook, startJobs } from "@/lib/jobs/testing/job-fixtures";
import { leaseMs } from "@/lib/queue/lease";
import { cutDatabase } from "@/lib/testing/database-outage";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import { skipPwsh } from "@/lib/testing/test-pwsh";
import { spawnWorkerProcess, type WorkerProcess } from "./testing/worker-process";

/**
 * Real worker processes running real pwsh while the database refuses them: PostgreSQL stops accepting
 * connections and drops the open ones; SQLite's write lock is held by another connection.
 */
describe.skipIf(skipPwsh).each(testProviders)("worker through a database outage on %s", (provider) => {
  let t: TestDb;
  let dataDir: string;
  const processes: WorkerProcess[] = [];
  beforeAll(async () => {
    t = await createTestDb(provider);
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "baton-outage-"));
  });
  afterEach(async () => {
    for (const p of processes.splice(0)) {
      if (p.child.exitCode === null) p.child.kill("SIGTERM");
      await p.exited;
    }
  });
  afterAll(async () => {
    await t?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  async function worker(name: string, group: string) {
    // The runbooks wait on flag files the test writes and leave side effects it reads; the sandbox
    // would hide both (what it hides is pwsh-runner.sandbox.test.ts's subject, not this file's).
    const env = { BATON_WORKER_GROUP: group, BATON_DATA_DIR: dataDir, BATON_JOB_ISOLATION: "none" };
    const p = await spawnWorkerProcess(t.db, { databaseUrl: t.url, name: `${name}-${provider}-${process.pid}`, env });
    processes.push(p);
    return p;
  }
  const logs = () => processes.map((p) => `--- ${p.name}\n${p.output()}`).join("\n");
  async function until<T>(what: string, probe: () => Promise<T | null | undefined | false> | T | null | undefined | false, timeoutMs = 120_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await probe();
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}\n${logs()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const outputsOf = async (jobId: string) =>
    (await t.db.jobStreamRecord.findMany({ where: { jobId, type: "output" }, orderBy: { seq: "asc" }, select: { text: true } })).map((r) => r.text);
  const ended = (jobId: string) => until(`job ${jobId} to end`, async () => {
    const job = await t.db.job.findUniqueOrThrow({ where: { id: jobId } });
    return ["Completed", "Failed", "Stopped"].includes(job.status) && job;
  });

  it("stores every record a job writes, in order, through an outage longer than the lease, spilling to a private file meanwhile", async () => {
    const group = `spill-${provider}`;
    const w = await worker("spiller", group);
    const lines = 40;
    const flag = path.join(dataDir, `write-${provider}`);
    // A first line before the outage; the rest, 64 KiB each, once it began, so the records waiting
    // pass the 1 MiB held in memory however fast the runbook runs.
    const rb = await createPublishedRunbook(t.db, {
      content: `Write-Output ("line 01 {0}" -f ('x' * 65536))
while (-not (Test-Path '${flag}')) { Start-Sleep -Milliseconds 100 }
2..${lines} | ForEach-Object { Write-Output ("line {0:D2} {1}" -f $_, ('x' * 65536)) }`,
    });
    const [jobId] = await startJobs(t.db, rb.id, 1, { runOn: group });
    await until("the first line to be stored", async () => (await outputsOf(jobId!)).length > 0);

    const spoolDir = path.join(dataDir, "workers", w.name, "spool");
    const outage = await cutDatabase(t.url);
    const cutAt = Date.now();
    fs.writeFileSync(flag, "");
    const spoolModes = new Set<number>();
    const lookAtSpool = () => {
      for (const entry of fs.existsSync(spoolDir) ? fs.readdirSync(spoolDir) : []) spoolModes.add(fs.statSync(path.join(spoolDir, entry)).mode & 0o777);
      return spoolModes.size > 0;
    };
    await until("the records to spill to the spool file", lookAtSpool);
    // The outage lasts longer than the lease.
    while (Date.now() - cutAt < leaseMs + 5_000) await new Promise((r) => setTimeout(r, 200));
    await outage.end();
    const endedAt = Date.now();

    const job = await ended(jobId!);
    const recoveredIn = (await until("the records to be stored", async () => (await outputsOf(jobId!)).length === lines && Date.now())) - endedAt;
    console.log(`${provider}: outage of ${((endedAt - cutAt) / 1000).toFixed(1)} s; all ${lines} records stored ${(recoveredIn / 1000).toFixed(1)} s after it ended`);
    expect(job, logs()).toMatchObject({ status: "Completed", attempts: 1, lostStreamRecords: null });
    expect((await outputsOf(jobId!)).map((text) => text.slice(0, 7))).toEqual(Array.from({ length: lines }, (_, i) => `line ${String(i + 1).padStart(2, "0")}`));
    expect([...spoolModes], "the spool file existed during the outage, readable by the worker alone").toEqual([0o600]);
    expect(fs.readdirSync(spoolDir), "the spool file is removed once stored").toEqual([]);
    // Every failure the worker logged names its cause on the same line.
    const renewalFailure = w.output().split("\n").find((line) => line.includes("lease renewal failed"));
    expect(renewalFailure).toMatch(/lease renewal failed: .*(not currently accepting connections|terminating connection|database is locked)/);
  });

  it("keeps a restartable job through a blip shorter than the lease: it ends once, on its first attempt, with all its output", async () => {
    const group = `blip-${provider}`;
    const holder = await worker("holder", group);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "baton-blip-"));
    const sideEffect = path.join(dir, "ran.txt");
    const flag = path.join(dir, "go");
    const rb = await createPublishedRunbook(t.db, {
      restartable: true,
      // No output after the flag: the job's completion is the first write of the outage, so it must be
      // retried itself (on SQLite a write waiting out the lock would otherwise cover most of the blip).
      content: `Add-Content -Path '${sideEffect}' -Value 'ran'\nWrite-Output 'started'\nwhile (-not (Test-Path '${flag}')) { Start-Sleep -Milliseconds 100 }\nAdd-Content -Path '${sideEffect}' -Value 'done'`,
    });
    const [jobId] = await startJobs(t.db, rb.id, 1, { runOn: group });
    await until("the job to start", async () => (await outputsOf(jobId!)).includes("started"));
    // A second worker, whose reaper and claim loop would take the job if the holder let it go.
    await worker("rescuer", group);

    const outage = await cutDatabase(t.url);
    // The job ends during the outage: its completion must wait for the database.
    fs.writeFileSync(flag, "");
    await new Promise((r) => setTimeout(r, 12_000));
    await outage.end();
    const endedAt = Date.now();

    const job = await ended(jobId!);
    console.log(`${provider}: 12 s outage; job ${job.status} ${((Date.now() - endedAt) / 1000).toFixed(1)} s after it ended`);
    expect(job, logs()).toMatchObject({ status: "Completed", attempts: 1, workerId: (await t.db.worker.findUniqueOrThrow({ where: { name: holder.name } })).id });
    expect(await outputsOf(jobId!)).toEqual(["started"]);
    expect(fs.readFileSync(sideEffect, "utf8").trim().split("\n"), "the side effect happened once").toEqual(["ran", "done"]);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
