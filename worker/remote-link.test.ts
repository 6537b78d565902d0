import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { startWorkerProtocolServer, type WorkerProtocolServer } from "@/app/api/testing/worker-protocol-server";
import { createPublishedRunbook, startJobs } from "@/lib/jobs/testing/job-fixtures";
import { createTestDb, oneTestProvider, type TestDb } from "@/lib/testing/test-db";
import { selfSignedCertificate } from "@/lib/testing/self-signed-certificate";
import { skipPwsh, testAssemblyCache, testIsolation, testPwsh } from "@/lib/testing/test-pwsh";
import { createPwshRunner } from "./pwsh-runner/create-pwsh-runner";
import type { JobRunner } from "./runner-types";
import { startRemoteWorker, type RunningWorker } from "./start-worker";
import { makeTempRoot } from "./testing/pwsh-runner-kit";
import { startFaultyLink, type FaultyLink } from "./testing/faulty-link";
import { httpsTransport, type HttpsTransport } from "./transport/https-transport";

/**
 * The batches the server stored, as the route server's appendJobStreams saw them: the real function,
 * watched, so the test can tell a batch sent again after its answer was lost (it starts before the end
 * of one already stored) from a fresh one. Nothing else can see it: the link carries TLS.
 */
const storedBatches = vi.hoisted(() => [] as { jobId: string; firstIndex: number; count: number }[]);
vi.mock("@/lib/jobs/append-job-streams", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/jobs/append-job-streams")>();
  return {
    ...real,
    appendJobStreams: async (...args: Parameters<typeof real.appendJobStreams>) => {
      const result = await real.appendJobStreams(...args);
      const [, jobId, records, , attempt] = args;
      if (attempt) storedBatches.push({ jobId, firstIndex: attempt.firstIndex, count: records.length });
      return result;
    },
  };
});

/**
 * The jobs the route server was asked to complete, once per call (a second call for a job is a
 * retry), and what the test does as the server handles a call, before it answers.
 */
const completions = vi.hoisted(() => ({ calls: [] as string[], onCall: (_jobId: string): void => undefined }));
vi.mock("@/lib/queue/complete-job", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/queue/complete-job")>();
  return {
    ...real,
    completeJob: (...args: Parameters<typeof real.completeJob>) => {
      completions.calls.push(args[1].jobId);
      completions.onCall(args[1].jobId);
      return real.completeJob(...args);
    },
  };
});

/** Batches of the job that began before the end of one stored earlier: sent again, and answered twice. */
function resentBatches(jobId: string): number {
  let end = 0;
  let resent = 0;
  for (const batch of storedBatches.filter((b) => b.jobId === jobId)) {
    if (batch.firstIndex < end) resent++;
    end = Math.max(end, batch.firstIndex + batch.count);
  }
  return resent;
}

const lines = 300;
const numbered = Array.from({ length: lines }, (_, i) => `line ${i + 1}`);

// The guarantee for remote workers: a slow or lossy link neither duplicates nor loses records.
// A TCP proxy sits between the worker and the real worker-protocol routes; TLS stays end to end.
describe.skipIf(skipPwsh).each(oneTestProvider("postgresql"))("a remote worker on a slow or lossy link, on %s", (provider) => {
  let t: TestDb;
  let runner: JobRunner;
  let platform: WorkerProtocolServer;
  let link: FaultyLink;
  let remote: HttpsTransport;
  let worker: RunningWorker;
  const workerLog: string[] = [];

  beforeAll(async () => {
    t = await createTestDb(provider);
    runner = createPwshRunner({ assemblyCache: testAssemblyCache(), pwsh: testPwsh(), isolation: testIsolation(), poolSize: 1, stopGraceMs: 2000, tempRoot: makeTempRoot() });
    platform = await startWorkerProtocolServer(t.db, "default");
    link = await startFaultyLink(platform.url);
    remote = httpsTransport({ baseUrl: link.url, token: platform.token, ca: platform.ca });
    const name = `link-${provider}-${process.pid}`;
    worker = await startRemoteWorker({ runner, transport: remote, name, group: "default", capacity: 1, apiUrl: "http://127.0.0.1:1", version: "test", log: (m) => workerLog.push(`${new Date().toISOString()} ${m}`) });
  });
  afterEach(() => {
    link.setDelay(null);
    link.loseAnswers(0);
  });
  afterAll(async () => {
    await worker?.stop(0);
    await runner?.close();
    remote?.close();
    await link?.close();
    await platform?.close();
    await t?.drop();
  });

  async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 60_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await probe();
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}\nworker log:\n${workerLog.join("\n")}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  const statusOf = async (jobId: string) => (await t.db.job.findUniqueOrThrow({ where: { id: jobId }, select: { status: true } })).status;
  // Ended, and let go of by the worker: whatever it sent again after a lost answer has arrived.
  const ended = (jobId: string) =>
    until(`job ${jobId} to end`, async () => {
      const job = await t.db.job.findUniqueOrThrow({ where: { id: jobId } });
      return ["Completed", "Failed", "Stopped"].includes(job.status) && !worker.loop.heldJobIds().includes(jobId) && job;
    });
  const outputsOf = async (jobId: string) => (await t.db.jobStreamRecord.findMany({ where: { jobId, type: "output" }, orderBy: { seq: "asc" }, select: { text: true } })).map((r) => r.text);
  const timelineOf = async (jobId: string) => (await t.db.jobStatusChange.findMany({ where: { jobId }, orderBy: { id: "asc" }, select: { toStatus: true } })).map((c) => c.toStatus);

  it("stores every record once, in order, when every chunk of the link is slow", async () => {
    link.setDelay({ minMs: 50, maxMs: 150 });
    // Bursts with pauses between them, so the records go in several batches while others pile up.
    const rb = await createPublishedRunbook(t.db, { content: `1..${lines} | ForEach-Object { "line $_"; if ($_ % 60 -eq 0) { Start-Sleep -Milliseconds 200 } }` });
    const [jobId] = await startJobs(t.db, rb.id, 1);
    const job = await ended(jobId!);
    const log = `worker log:\n${workerLog.join("\n")}`;
    expect(job, log).toMatchObject({ status: "Completed", attempts: 1, lostStreamRecords: null });
    expect(await outputsOf(jobId!)).toEqual(numbered);
    expect(storedBatches.filter((b) => b.jobId === jobId).length, "the records went in several batches").toBeGreaterThan(1);
    expect(await timelineOf(jobId!)).toEqual(["New", "Queued", "Activating", "Running", "Completed"]);
  });

  it("stores every record and status once, in order, when answers are lost while the job streams and ends", async () => {
    const rb = await createPublishedRunbook(t.db, { content: `1..${lines} | ForEach-Object { "line $_"; if ($_ % 20 -eq 0) { Start-Sleep -Milliseconds 100 } }` });
    const [jobId] = await startJobs(t.db, rb.id, 1);
    // The final status is stored, and its answer lost, the first time the worker sends it.
    completions.onCall = (id) => {
      if (id !== jobId || completions.calls.filter((c) => c === id).length > 1) return;
      link.loseAnswersInFlight();
    };
    // From Running on (a lost claim is the reaper's business, not this test's): batches, lease
    // renewals and status writes reach the server, whose answers go nowhere.
    await until("the job to run", async () => (await statusOf(jobId!)) === "Running");
    link.loseAnswers(8);
    const job = await ended(jobId!);
    completions.onCall = () => undefined;
    const log = `lost ${link.lostAnswers} answer(s); worker log:\n${workerLog.join("\n")}`;
    expect(link.lostAnswers, log).toBeGreaterThan(1);
    expect(resentBatches(jobId!), `a batch whose answer was lost was sent again; ${log}`).toBeGreaterThan(0);
    // Twice at least: the first answer is lost on purpose, and a retry may lose one of the 8 answers too.
    expect(completions.calls.filter((id) => id === jobId).length, `the final status was sent again; ${log}`).toBeGreaterThanOrEqual(2);
    expect(job, log).toMatchObject({ status: "Completed", attempts: 1, lostStreamRecords: null });
    expect(await outputsOf(jobId!)).toEqual(numbered);
    expect(await timelineOf(jobId!)).toEqual(["New", "Queued", "Activating", "Running", "Completed"]);
  });

  it("still checks the web service's certificate through the link, and a refused certificate is no blip to retry", async () => {
    const stranger = httpsTransport({ baseUrl: link.url, token: platform.token, ca: selfSignedCertificate().cert });
    try {
      const registration = { name: "stranger", host: "test", version: "test", pid: process.pid, group: "default", capacity: 1 };
      const refused: unknown = await stranger.register(registration).catch((err: unknown) => err);
      expect(refused).toMatchObject({ name: "CertificateRejectedError", cause: { code: "DEPTH_ZERO_SELF_SIGNED_CERT" } });
      // A worker with the wrong CA stops with the reason instead of retrying registration for ever.
      expect(stranger.isTransient(refused)).toBe(false);
    } finally {
      stranger.close();
    }
  });
});
