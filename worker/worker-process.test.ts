import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createPublishedRunbook, startJobs } from "@/lib/jobs/testing/job-fixtures";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import { skipPwsh } from "@/lib/testing/test-pwsh";
import { isAlive } from "@/worker/testing/pwsh-runner-kit";
import { descendantsOf, spawnWorkerProcess, type WorkerProcess } from "./testing/worker-process";

describe.skipIf(skipPwsh).each(testProviders)("worker processes on %s", (provider) => {
  let t: TestDb;
  const processes: WorkerProcess[] = [];
  beforeAll(async () => {
    t = await createTestDb(provider);
  });
  afterEach(async () => {
    for (const p of processes.splice(0)) {
      if (p.child.exitCode === null) p.child.kill("SIGTERM");
      await p.exited;
    }
  });
  afterAll(async () => t?.drop());

  async function worker(name: string, env: Record<string, string> = {}) {
    const p = await spawnWorkerProcess(t.db, { databaseUrl: t.url, name: `${name}-${provider}-${process.pid}`, env });
    processes.push(p);
    return p;
  }
  async function waitFor(jobId: string, statuses: string[], timeoutMs: number, why: () => string = () => "") {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const job = await t.db.job.findUniqueOrThrow({ where: { id: jobId }, include: { streams: { orderBy: { seq: "asc" } } } });
      if (statuses.includes(job.status)) return job;
      if (Date.now() > deadline) throw new Error(`job is ${job.status} (${job.statusReason}), expected ${statuses.join("|")}\n${why()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  async function waitForOutput(jobId: string, text: string, timeoutMs: number, why: () => string) {
    const deadline = Date.now() + timeoutMs;
    while (!(await t.db.jobStreamRecord.findFirst({ where: { jobId, type: "output", text } }))) {
      if (Date.now() > deadline) throw new Error(`job ${jobId} never wrote ${text}\n${why()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  async function allGone(pids: number[], timeoutMs = 45_000) {
    const deadline = Date.now() + timeoutMs;
    while (pids.some(isAlive) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    return pids.filter(isAlive);
  }

  // Each process-level scenario runs on one database: what differs between them (claiming, reaping,
  // fencing) is tested on both in lib/queue; here the processes, signals and pwsh are the subject.
  it.runIf(provider === "postgresql")("resolves the jobs of a worker killed with SIGKILL: re-runs the restartable one (in a shared host), fails the other; no pwsh left", async () => {
    const group = `kill-${provider}`;
    const a = await worker("victim", { BATON_WORKER_GROUP: group });
    const plain = await createPublishedRunbook(t.db, { content: "Start-Sleep -Seconds 600" });
    // A shared host dies with its worker like a job's own process does (README › Job isolation).
    const restartable = await createPublishedRunbook(t.db, { content: "Start-Sleep -Seconds 2\nWrite-Output 'done'", restartable: true, hostMode: "shared" });
    const [p] = await startJobs(t.db, plain.id, 1, { runOn: group });
    const [r] = await startJobs(t.db, restartable.id, 1, { runOn: group });
    await waitFor(p!, ["Running"], 60_000, a.output);
    await waitFor(r!, ["Running"], 60_000, a.output);
    const pwshPids = descendantsOf(a.child.pid!);
    expect(pwshPids.length).toBeGreaterThan(0);
    a.child.kill("SIGKILL");
    await a.exited;
    expect(await allGone(pwshPids), "pwsh processes of the killed worker").toEqual([]);
    const b = await worker("rescuer", { BATON_WORKER_GROUP: group });
    const failed = await waitFor(p!, ["Failed"], 90_000, b.output);
    expect(failed.statusReason).toMatch(new RegExp(`^The worker ${a.name} was lost`));
    expect(failed.streams.at(-1)).toMatchObject({ type: "system", text: failed.statusReason });
    const rerun = await waitFor(r!, ["Completed"], 90_000, b.output);
    expect(rerun.attempts).toBe(2);
    expect(rerun.streams.filter((s) => s.type === "output").map((s) => s.text)).toEqual(["done"]);
  });

  it.runIf(provider === "sqlite")("drains on SIGTERM: lets a short job finish, stops a long one in a shared host, goes offline, exits 0", async () => {
    const group = `drain-${provider}`;
    // The short job waits for a flag file in the host's /tmp, which the sandbox hides (README: Security).
    const w = await worker("drainer", { BATON_WORKER_GROUP: group, BATON_WORKER_DRAIN_SECONDS: "10", BATON_JOB_ISOLATION: "none" });
    // The short job can only finish after the signal: it waits for a file the test creates then.
    const flag = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "baton-drain-")), "go");
    const long = await createPublishedRunbook(t.db, { content: "Start-Sleep -Seconds 600", hostMode: "shared" });
    const short = await createPublishedRunbook(t.db, { content: `Write-Output 'waiting'\nwhile (-not (Test-Path '${flag}')) { Start-Sleep -Milliseconds 100 }\nWrite-Output 'finished'` });
    const [l] = await startJobs(t.db, long.id, 1, { runOn: group });
    const [s] = await startJobs(t.db, short.id, 1, { runOn: group });
    await waitFor(l!, ["Running"], 60_000, w.output);
    // "Running" comes before PowerShell has started the script; the drain's clock must not run through its start-up.
    await waitForOutput(s!, "waiting", 60_000, w.output);
    const pwshPids = descendantsOf(w.child.pid!);
    w.child.kill("SIGTERM");
    fs.writeFileSync(flag, "");
    expect(await w.exited).toBe(0);
    expect((await t.db.job.findUniqueOrThrow({ where: { id: s } })).status).toBe("Completed");
    const stopped = await t.db.job.findUniqueOrThrow({ where: { id: l } });
    expect(stopped.status).toBe("Stopped");
    expect(stopped.statusReason).toBe(`Worker ${w.name} is shutting down`);
    expect((await t.db.worker.findUniqueOrThrow({ where: { name: w.name } })).state).toBe("offline");
    expect(await allGone(pwshPids, 30_000)).toEqual([]);
  });

  it.runIf(provider === "postgresql")("runs jobs across three worker processes, each exactly once", async () => {
    const group = "multi";
    const ws = await Promise.all(["m1", "m2", "m3"].map((n) => worker(n, { BATON_WORKER_GROUP: group, BATON_WORKER_CAPACITY: "2" })));
    // Shared hosts: the subject is the claim across processes, and a host per slot costs less CI time than a process per job.
    const rb = await createPublishedRunbook(t.db, { content: "Write-Output $PID", hostMode: "shared" });
    const ids = await startJobs(t.db, rb.id, 12, { runOn: group });
    for (const id of ids) await waitFor(id, ["Completed"], 120_000, () => ws.map((w) => w.output()).join("\n"));
    const jobs = await t.db.job.findMany({ where: { id: { in: ids } }, include: { statusChanges: true } });
    expect(jobs.every((j) => j.attempts === 1 && j.statusChanges.filter((c) => c.toStatus === "Activating").length === 1)).toBe(true);
    // Work was shared: more than one worker ran jobs.
    expect(new Set(jobs.map((j) => j.workerId)).size).toBeGreaterThan(1);
  });
});
