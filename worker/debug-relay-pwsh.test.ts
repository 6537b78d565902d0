import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { actingAs } from "@/lib/audit/testing/acting-as";
import type { Principal } from "@/lib/auth/principal";
import type { DebugEvent } from "@/lib/debug/debug-protocol";
import { getDebugSession } from "@/lib/debug/get-debug-session";
import { postDebugCommand } from "@/lib/debug/post-debug-command";
import { startDebugSession } from "@/lib/debug/start-debug-session";
import { createRunbook } from "@/lib/runbooks/create-runbook";
import { createRunbookSchema } from "@/lib/runbooks/schemas";
import { skipPwsh, testAssemblyCache, testIsolation, testPwsh } from "@/lib/testing/test-pwsh";
import { createTestDb, oneTestProvider, type TestDb } from "@/lib/testing/test-db";
import { isAlive, makeTempRoot } from "@/worker/testing/pwsh-runner-kit";
import { createPwshRunner } from "./pwsh-runner/create-pwsh-runner";
import type { JobRunner } from "./runner-types";
import { startWorkerProtocolServer, type WorkerProtocolServer } from "@/app/api/testing/worker-protocol-server";
import { startRemoteWorker, startWorker, type RunningWorker, type WorkerOptions } from "./start-worker";
import { httpsTransport, type HttpsTransport } from "./transport/https-transport";

/**
 * A debug session end to end through the database with the real PowerShell host: the worker puts
 * the breakpoints in the spec, the host pauses under PowerShell's debugger and reports it, a command
 * posted through lib/ reaches it, and the session ends with the job.
 */
// One database, SQLite: the debug session's storage is tested on both databases in lib/debug; here the
// subject is pwsh's debugger, relayed by a worker on the database and by a remote worker over HTTPS.
const cases = oneTestProvider("sqlite").flatMap((provider) => [[provider, "database"] as const, [provider, "https"] as const]);
describe.skipIf(skipPwsh).each(cases)("debugging a runbook with real pwsh on %s, %s transport", (provider, transport) => {
  let t: TestDb;
  let runner: JobRunner;
  let alice: Principal;
  const workers: RunningWorker[] = [];
  const pids: number[] = [];
  const workerLog: string[] = [];
  let platform: WorkerProtocolServer | undefined;
  const remotes: HttpsTransport[] = [];

  beforeAll(async () => {
    t = await createTestDb(provider);
    if (transport === "https") platform = await startWorkerProtocolServer(t.db, "default");
    const row = await t.db.user.create({ data: { username: "alice", displayName: "Alice" } });
    alice = { kind: "user", userId: row.id, name: "alice", grants: [{ role: "Author", scopeTag: null }] };
    const inner = createPwshRunner({ assemblyCache: testAssemblyCache(), pwsh: testPwsh(), isolation: testIsolation(), poolSize: 1, stopGraceMs: 2000, tempRoot: makeTempRoot() });
    runner = {
      start: async (spec, onRecords, onDebugEvent) => {
        const job = await inner.start(spec, onRecords, onDebugEvent);
        pids.push(job.pid);
        return job;
      },
      close: () => inner.close(),
    };
  });
  afterEach(async (ctx) => {
    // What the worker was doing meanwhile says why a wait gave up.
    if (ctx.task.result?.state === "fail") console.log(`worker log:\n${workerLog.join("\n")}`);
    workerLog.splice(0);
    await Promise.all(workers.splice(0).map((w) => w.stop(0)));
    // The runner kills a stopped job's process group after its grace period.
    await expect.poll(() => pids.filter(isAlive), { timeout: 30_000 }).toEqual([]);
    pids.splice(0);
  });
  afterAll(async () => {
    await runner?.close();
    for (const remote of remotes) remote.close();
    await platform?.close();
    await t?.drop();
  });

  async function worker(options: { debugIdleTimeoutSeconds?: number } = {}) {
    const common: WorkerOptions = { runner, name: `dbg-pwsh-${provider}-${transport}-${workers.length}-${process.pid}`, group: "default", capacity: 1, apiUrl: "http://127.0.0.1:1", version: "test", log: (m) => workerLog.push(`${new Date().toISOString()} ${m}`), ...options };
    if (!platform) return void workers.push(await startWorker({ ...common, db: t.db, databaseUrl: t.url }));
    const remote = httpsTransport({ baseUrl: platform.url, token: platform.token, ca: platform.ca });
    remotes.push(remote);
    workers.push(await startRemoteWorker({ ...common, transport: remote }));
  }
  async function debugRunbook(name: string, content: string, line: number) {
    const rb = await createRunbook(t.db, createRunbookSchema.parse({ name, content }), actingAs("alice"));
    return (await startDebugSession(t.db, rb.id, { breakpoints: [{ line }] }, { kind: "user", userId: alice.userId!, name: "alice" })).jobId;
  }
  const events = async (jobId: string) =>
    (await t.db.debugMessage.findMany({ where: { jobId, direction: "event" }, orderBy: { id: "asc" }, select: { body: true } })).map((m) => m.body as unknown as DebugEvent);
  const job = (jobId: string) => t.db.job.findUniqueOrThrow({ where: { id: jobId }, include: { streams: { orderBy: { seq: "asc" } } } });
  const poll = () => ({ timeout: 60_000, interval: 100 });

  it("pauses at a breakpoint, continues on a posted command, completes, and ends the session", async () => {
    await worker();
    const jobId = await debugRunbook(`Dbg-${provider}`, "$a = 1\n$b = $a + 1\nWrite-Output \"b=$b\"", 2);
    await expect.poll(async () => (await events(jobId)).find((e) => e.event === "paused"), poll()).toMatchObject({ event: "paused", line: 2, inRunbook: true });
    expect((await getDebugSession(t.db, alice, jobId)).state).toBe("paused");
    // Still paused: the line after the breakpoint has not run.
    expect((await job(jobId)).streams.filter((r) => r.type === "output")).toEqual([]);

    await postDebugCommand(t.db, alice, jobId, { command: "continue" });
    await expect.poll(async () => (await job(jobId)).status, poll()).toBe("Completed");
    expect((await job(jobId)).streams.filter((r) => r.type === "output").map((r) => r.text)).toEqual(["b=2"]);
    const all = await events(jobId);
    expect(all.map((e) => e.event)).toContain("running");
    expect(all.at(-1)).toEqual({ event: "ended", reason: "The runbook completed" });
    expect(all.filter((e) => e.event === "ended")).toHaveLength(1);
    expect((await getDebugSession(t.db, alice, jobId)).state).toBe("ended");
  });

  it("stops a job left paused past the idle timeout and says so", async () => {
    await worker({ debugIdleTimeoutSeconds: 2 });
    const jobId = await debugRunbook(`Idle-${provider}`, "Write-Output 'before'\nWrite-Output 'after'", 2);
    await expect.poll(async () => (await events(jobId)).some((e) => e.event === "paused"), poll()).toBe(true);
    await expect.poll(async () => (await job(jobId)).status, poll()).toBe("Stopped");
    const reason = "Stopped: the debug session sat paused for 2 seconds with no command";
    const stopped = await job(jobId);
    const lines = stopped.streams.map((r) => [r.type, r.text]);
    expect(lines).toContainEqual(["output", "before"]);
    expect(lines).toContainEqual(["system", reason]);
    expect(lines).not.toContainEqual(["output", "after"]);
    expect((await events(jobId)).at(-1)).toEqual({ event: "ended", reason });
  });
});
