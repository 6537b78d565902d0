import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startWorkerProtocolServer, type WorkerProtocolServer } from "@/app/api/testing/worker-protocol-server";
import { actingAs } from "@/lib/audit/testing/acting-as";
import { controlJob } from "@/lib/jobs/control-job";
import { getJobDetail } from "@/lib/jobs/get-job-detail";
import { listJobStreams } from "@/lib/jobs/list-job-streams";
import { createPublishedRunbook, startJobs } from "@/lib/jobs/testing/job-fixtures";
import type { DbProvider } from "@/lib/config/database-url";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import type { HostMode } from "@/lib/workers/host-mode";
import { createPwshRunner } from "./pwsh-runner/create-pwsh-runner";
import { skipPwsh, testAssemblyCache, testIsolation, testPwsh } from "@/lib/testing/test-pwsh";
import { isAlive, makeTempRoot } from "@/worker/testing/pwsh-runner-kit";
import type { JobRunner, JobSpec } from "./runner-types";
import { startRemoteWorker, startWorker, type RunningWorker, type WorkerOptions } from "./start-worker";
import { httpsTransport, type HttpsTransport } from "./transport/https-transport";

// The job-engine behaviours in both host modes (README › Job isolation) and both transports (README ›
// Remote workers): own processes on SQLite, shared hosts on PostgreSQL (on SQLite too when no
// PostgreSQL is configured), and a remote worker over HTTPS through the real worker-protocol routes.
// What the database sees does not depend on the host mode, and what differs between the databases is
// tested in lib/queue; one suite per mode keeps the CI run within its time.
const sharedOn: DbProvider = testProviders.includes("postgresql") ? "postgresql" : "sqlite";
type Transport = "database" | "https";
const cases: [DbProvider, HostMode, Transport][] = [
  ["sqlite", "process", "database"],
  [sharedOn, "shared", "database"],
  [sharedOn, "process", "https"],
];

describe.skipIf(skipPwsh).each(cases)("worker with real pwsh on %s, %s hosts, %s transport", (provider, hostMode, transport) => {
  let t: TestDb;
  let runner: JobRunner;
  let worker: RunningWorker;
  const pids: number[] = [];
  const specs: JobSpec[] = [];
  const pidOfJob = new Map<string, number>();
  const alice = actingAs("alice");
  // The worker's own log, shown when a wait gives up: it says what the worker was doing meanwhile.
  const workerLog: string[] = [];
  let platform: WorkerProtocolServer | undefined;
  let remote: HttpsTransport | undefined;

  beforeAll(async () => {
    t = await createTestDb(provider);
    const inner = createPwshRunner({ assemblyCache: testAssemblyCache(), pwsh: testPwsh(), isolation: testIsolation(), poolSize: 1, stopGraceMs: 2000, tempRoot: makeTempRoot() });
    // Remember every pwsh the worker starts, to prove none outlives its job.
    runner = {
      start: async (spec, onRecords) => {
        specs.push(spec);
        const job = await inner.start(spec, onRecords);
        pids.push(job.pid);
        pidOfJob.set(spec.jobId, job.pid);
        return job;
      },
      close: () => inner.close(),
    };
    const options: WorkerOptions = { runner, name: `pwsh-${provider}-${transport}-${process.pid}`, group: "default", capacity: 2, apiUrl: "http://127.0.0.1:1", version: "test", log: (m) => workerLog.push(`${new Date().toISOString()} ${m}`) };
    // The test runbooks leave the choice to the group.
    await t.db.workerGroup.upsert({ where: { name: "default" }, create: { name: "default", hostMode }, update: { hostMode } });
    if (transport === "database") {
      worker = await startWorker({ ...options, db: t.db, databaseUrl: t.url });
      return;
    }
    platform = await startWorkerProtocolServer(t.db, "default");
    remote = httpsTransport({ baseUrl: platform.url, token: platform.token, ca: platform.ca });
    worker = await startRemoteWorker({ ...options, transport: remote });
  });
  afterEach(() => {
    // A shared host outlives its job by design; each test's runbook gets its own.
    for (const pid of pids.splice(0)) if (hostMode === "process") expect(isAlive(pid), `pwsh ${pid} still running`).toBe(false);
  });
  afterAll(async () => {
    await worker?.stop(0);
    await runner?.close();
    remote?.close();
    await platform?.close();
    await t?.drop();
  });

  async function waitFor(jobId: string, statuses: string[], timeoutMs = 60_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const job = await t.db.job.findUniqueOrThrow({ where: { id: jobId }, include: { streams: { orderBy: { seq: "asc" } } } });
      if (statuses.includes(job.status)) return job;
      if (Date.now() > deadline) throw new Error(`job is ${job.status} (${job.statusReason}), expected ${statuses.join("|")}\nworker log:\n${workerLog.join("\n")}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  /** Waits for the pwsh of a stopped job to be gone (the runner kills its process group after the grace period). */
  async function settle() {
    if (hostMode === "shared") return;
    const deadline = Date.now() + 30_000;
    while (pids.some(isAlive) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  }

  it("runs a runbook with parameters to Completed with its output", async () => {
    const rb = await createPublishedRunbook(t.db, { content: "param([string]$Name, [int]$Count)\n1..$Count | ForEach-Object { \"Hello $Name $_\" }" });
    const [jobId] = await startJobs(t.db, rb.id, 1, { parameters: { Name: "Baton", Count: 2 } });
    const job = await waitFor(jobId!, ["Completed", "Failed"]);
    expect(job.status).toBe("Completed");
    expect(job.streams.filter((s) => s.type === "output").map((s) => s.text)).toEqual(["Hello Baton 1", "Hello Baton 2"]);
    await settle();
  });

  it(`runs consecutive jobs of a runbook ${hostMode === "shared" ? "in one shared host" : "each in its own process"}`, async () => {
    const rb = await createPublishedRunbook(t.db, { content: "'ran'" });
    const jobPids: number[] = [];
    for (let i = 0; i < 2; i++) {
      const [jobId] = await startJobs(t.db, rb.id, 1);
      expect((await waitFor(jobId!, ["Completed", "Failed"])).status).toBe("Completed");
      jobPids.push(pidOfJob.get(jobId!)!);
    }
    expect(specs.at(-1)?.hostMode).toBe(hostMode);
    if (hostMode === "shared") expect(jobPids[1]).toBe(jobPids[0]);
    else expect(jobPids[1]).not.toBe(jobPids[0]);
    await settle();
  });

  it("fails a job on a terminating error, with the exception", async () => {
    const rb = await createPublishedRunbook(t.db, { content: "Write-Output 'before'\nthrow 'the disk is full'" });
    const [jobId] = await startJobs(t.db, rb.id, 1);
    const job = await waitFor(jobId!, ["Completed", "Failed"]);
    expect(job.status).toBe("Failed");
    expect(job.statusReason).toContain("the disk is full");
    expect(job.exception).toContain("the disk is full");
    // Also in the Error stream, as its last record (GET /jobs/{id}/streams?types=error shows it).
    const errors = await listJobStreams(t.db, jobId!, { after: 0, types: ["error"], limit: 10 });
    expect(errors.items.at(-1)).toMatchObject({ type: "error", text: expect.stringContaining("| the disk is full"), data: { message: "the disk is full", terminating: true } });
    await settle();
  });

  it("records the runbook's exit code on the job: a non-zero one fails it, exit 0 completes it", async () => {
    const failing = await createPublishedRunbook(t.db, { content: "'working'\nexit 3" });
    const passing = await createPublishedRunbook(t.db, { content: "'working'\nexit 0" });
    const [failingId] = await startJobs(t.db, failing.id, 1);
    const [passingId] = await startJobs(t.db, passing.id, 1);
    const failed = await waitFor(failingId!, ["Completed", "Failed"]);
    expect(failed).toMatchObject({ status: "Failed", statusReason: "Runbook exited with code 3", exitCode: 3 });
    expect((await getJobDetail(t.db, failingId!)).exitCode).toBe(3);
    expect(await waitFor(passingId!, ["Completed", "Failed"])).toMatchObject({ status: "Completed", exitCode: 0 });
    await settle();
  });

  it("stops Start-Sleep 600 long before the sleep ends and leaves no pwsh behind", async () => {
    const rb = await createPublishedRunbook(t.db, { content: "Write-Output 'sleeping'\nStart-Sleep -Seconds 600" });
    const [jobId] = await startJobs(t.db, rb.id, 1);
    await waitFor(jobId!, ["Running"]);
    await controlJob(t.db, jobId!, "stop", alice);
    const job = await waitFor(jobId!, ["Stopped"], 60_000);
    expect(job.statusReason).toBe("Stop requested by alice");
    await settle();
  });

  it("fails a job that exceeds its timeout", async () => {
    const rb = await createPublishedRunbook(t.db, { content: "Start-Sleep -Seconds 600", timeoutSeconds: 2 });
    const [jobId] = await startJobs(t.db, rb.id, 1);
    const job = await waitFor(jobId!, ["Failed", "Completed"]);
    expect(job.status).toBe("Failed");
    expect(job.statusReason).toBe("Job exceeded its timeout of 2 s");
    await settle();
  });

  it("suspends a running job and resumes it: a second run that gets the saved checkpoint", async () => {
    const rb = await createPublishedRunbook(t.db, { content: "Write-Output \"run $([guid]::NewGuid())\"\nStart-Sleep -Seconds 600" });
    const [jobId] = await startJobs(t.db, rb.id, 1);
    await waitFor(jobId!, ["Running"]);
    // Suspend only once the first run has written its line: Running comes before the script's first statement.
    const firstLine = Date.now() + 60_000;
    while ((await t.db.jobStreamRecord.count({ where: { jobId, type: "output" } })) < 1 && Date.now() < firstLine) await new Promise((r) => setTimeout(r, 100));
    // What Set-AutomationCheckpoint stores (through the automation API) before the suspend.
    await t.db.jobCheckpoint.create({ data: { jobId: jobId!, state: { step: 2, done: ["a"] } } });
    await controlJob(t.db, jobId!, "suspend", alice);
    const suspended = await waitFor(jobId!, ["Suspended"], 60_000);
    expect(suspended.statusReason).toBe("Suspend requested by alice");
    await settle();
    await controlJob(t.db, jobId!, "resume", alice);
    await waitFor(jobId!, ["Running"]);
    const deadline = Date.now() + 60_000;
    while ((await t.db.jobStreamRecord.count({ where: { jobId, type: "output" } })) < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    const job = await t.db.job.findUniqueOrThrow({ where: { id: jobId }, include: { streams: { orderBy: { seq: "asc" } } } });
    expect(job.attempts).toBe(2);
    const outputs = job.streams.filter((s) => s.type === "output").map((s) => s.text);
    expect(new Set(outputs).size, `each run writes its own line; streams: ${JSON.stringify(job.streams.map((s) => [s.type, s.text]))}\nworker log:\n${workerLog.join("\n")}`).toBe(2);
    expect(specs.filter((s) => s.jobId === jobId).map((s) => s.checkpoint)).toEqual([undefined, { step: 2, done: ["a"] }]);
    // The second run starts with a system record the job page draws as a separator.
    const firstOfSecondRun = job.streams.findIndex((s) => s.type === "system");
    expect(job.streams[firstOfSecondRun]).toMatchObject({ text: "Resumed by alice; runs from its last checkpoint", data: { event: "resumed" } });
    expect(job.streams.slice(0, firstOfSecondRun).filter((s) => s.type === "output")).toHaveLength(1);
    await controlJob(t.db, jobId!, "stop", alice);
    await waitFor(jobId!, ["Stopped"], 60_000);
    await settle();
  });
});
