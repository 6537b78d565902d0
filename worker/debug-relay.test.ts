import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { actingAs } from "@/lib/audit/testing/acting-as";
import type { Principal } from "@/lib/auth/principal";
import type { Prisma } from "@/generated/postgresql/client";
import type { DebugCommand, DebugEvent, DebugResumeCommand } from "@/lib/debug/debug-protocol";
import { getDebugSession } from "@/lib/debug/get-debug-session";
import { postDebugCommand } from "@/lib/debug/post-debug-command";
import { startDebugSession } from "@/lib/debug/start-debug-session";
import { startDraftTest } from "@/lib/jobs/start-draft-test";
import { jobActivityListenPids } from "@/lib/db/testing/listen-connections";
import { createWorkerRow } from "@/lib/jobs/testing/job-fixtures";
import { claimJobs } from "@/lib/queue/claim-jobs";
import { createRunbook } from "@/lib/runbooks/create-runbook";
import { createRunbookSchema } from "@/lib/runbooks/schemas";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import { createDebugRelay } from "./debug-relay";
import { directTransport } from "./transport/direct-transport";
import type { JobRunner, JobSpec, RunningJob, RunOutcome, StopReason } from "./runner-types";
import { startWorker, type RunningWorker } from "./start-worker";

/**
 * A runner with a debugger of its own, speaking the runner contract as the PowerShell host does, so
 * the relay is tested without depending on the host: `out <text>` writes output, `pause <line>`
 * reports a pause at that line (only when the spec asks for debugging) and waits for a resume command.
 * The relay with the real host is worker/debug-relay-pwsh.test.ts.
 */
function createDebuggingRunner(): JobRunner & { starts: { spec: JobSpec; debugs: boolean }[] } {
  const starts: { spec: JobSpec; debugs: boolean }[] = [];
  return {
    starts,
    async start(spec, onRecords, onDebugEvent) {
      starts.push({ spec, debugs: Boolean(onDebugEvent) });
      let stopReason: StopReason | null = null;
      let resume: ((action: DebugResumeCommand) => void) | null = null;
      const emit = (event: DebugEvent) => onDebugEvent?.(event);
      const outcome = (async (): Promise<RunOutcome> => {
        if (spec.debug) emit({ event: "breakpoints", breakpoints: spec.debug.breakpoints.map((b) => ({ ...b, verified: true })) });
        for (const [cmd, arg] of spec.script.split("\n").map((l) => l.trim().split(" ") as [string, string])) {
          if (stopReason) break;
          if (cmd === "out") onRecords([{ type: "output", ts: new Date(), text: arg }]);
          if (cmd === "pause" && spec.debug) {
            const line = Number(arg);
            emit({ event: "paused", reason: "breakpoint", line, column: 1, inRunbook: true, stack: [{ index: 0, functionName: "<ScriptBlock>", script: spec.runbookName, inRunbook: true, line }] });
            const action = await new Promise<DebugResumeCommand>((r) => (resume = r));
            resume = null;
            if (!stopReason) emit({ event: "running", action });
            if (action === "stop") stopReason = "stop";
          }
        }
        return stopReason ? { status: "stopped", reason: stopReason } : { status: "completed" };
      })();
      return {
        pid: process.pid,
        outcome,
        stop(reason) {
          stopReason ??= reason;
          resume?.("stop");
        },
        debug(command) {
          if (command.command === "variables") {
            emit({ event: "variables", requestId: command.requestId, frame: command.frame, scope: command.scope, path: command.path, variables: [{ name: "x", type: "System.Int32", value: "1", expandable: false }], truncated: false });
          } else if (command.command === "evaluate" || command.command === "setBreakpoints") {
            emit({ event: "refused", command: command.command, message: "not in this runner" });
          } else if (resume) resume(command.command);
          else emit({ event: "refused", command: command.command, message: "not paused" });
        },
      };
    },
    async close() {},
  };
}

describe.each(testProviders)("debug relay on %s", (provider) => {
  let t: TestDb;
  let alice: Principal;
  const workers: RunningWorker[] = [];
  const log: string[] = [];

  beforeAll(async () => {
    t = await createTestDb(provider);
    const row = await t.db.user.create({ data: { username: "alice", displayName: "Alice" } });
    alice = { kind: "user", userId: row.id, name: "alice", grants: [{ role: "Author", scopeTag: null }] };
  });
  afterEach(async () => {
    await Promise.all(workers.splice(0).map((w) => w.stop(0)));
  });
  afterAll(async () => t?.drop());

  async function worker(options: { debugIdleTimeoutSeconds?: number } = {}) {
    const runner = createDebuggingRunner();
    const w = await startWorker({ db: t.db, databaseUrl: t.url, runner, name: `dbg-${workers.length}-${Date.now()}`, group: "default", capacity: 2, apiUrl: "http://127.0.0.1:1", version: "test", log: (m) => log.push(m), ...options });
    workers.push(w);
    return runner;
  }
  async function debugRunbook(content: string, breakpoints = [{ line: 2 }]) {
    const rb = await createRunbook(t.db, createRunbookSchema.parse({ name: `R${Date.now()}${Math.floor(Math.random() * 1000)}`, content }), actingAs("alice"));
    return (await startDebugSession(t.db, rb.id, { breakpoints }, { kind: "user", userId: alice.userId!, name: "alice" })).jobId;
  }
  const events = async (jobId: string) =>
    (await t.db.debugMessage.findMany({ where: { jobId, direction: "event" }, orderBy: { id: "asc" }, select: { body: true } })).map((m) => m.body as unknown as DebugEvent);
  const status = async (jobId: string) => (await t.db.job.findUniqueOrThrow({ where: { id: jobId } })).status;
  const answered = async (jobId: string) => (await events(jobId)).flatMap((e) => (e.event === "variables" ? [e.requestId] : []));

  /**
   * Stores two commands whose ids run against their commit order: `early` commits now with the higher
   * id; `late` has the lower id and commits when the returned function is called. On PostgreSQL an open
   * transaction holds it, as one of two commands posted at the same moment can be held; SQLite takes
   * one writer at a time, so there the lower id is written late by hand.
   */
  async function commitOutOfOrder(jobId: string, late: DebugCommand, early: DebugCommand): Promise<() => Promise<void>> {
    const row = (command: DebugCommand, id?: number) => ({ ...(id ? { id } : {}), jobId, direction: "command", body: command as Prisma.InputJsonObject });
    if (provider === "postgresql") {
      let release = () => {};
      const released = new Promise<void>((resolve) => (release = resolve));
      let inserted = () => {};
      const lateInserted = new Promise<void>((resolve) => (inserted = resolve));
      const held = t.db.$transaction(
        async (tx) => {
          await tx.debugMessage.create({ data: row(late) });
          inserted();
          await released;
        },
        { timeout: 60_000 },
      );
      await Promise.race([lateInserted, held]);
      await postDebugCommand(t.db, alice, jobId, early);
      return async () => {
        release();
        await held;
      };
    }
    const { _max } = await t.db.debugMessage.aggregate({ _max: { id: true } });
    const lateId = (_max.id ?? 0) + 1;
    await t.db.debugMessage.create({ data: row(early, lateId + 1) });
    return async () => void (await t.db.debugMessage.create({ data: row(late, lateId) }));
  }
  const poll = { timeout: 30_000, interval: 50 };

  it("relays a pause, a question and a continue, then ends the session before the job's final status", async () => {
    const runner = await worker();
    const jobId = await debugRunbook("out one\npause 2\nout two");
    await expect.poll(async () => (await events(jobId)).map((e) => e.event), poll).toEqual(["breakpoints", "paused"]);
    expect(runner.starts[0]).toMatchObject({ debugs: true, spec: { debug: { breakpoints: [{ line: 2 }] } } });
    expect((await getDebugSession(t.db, alice, jobId)).state).toBe("paused");

    await postDebugCommand(t.db, alice, jobId, { command: "variables", requestId: "q1", frame: 0, scope: "local" });
    await expect.poll(async () => (await events(jobId)).at(-1), poll).toMatchObject({ event: "variables", requestId: "q1" });
    await postDebugCommand(t.db, alice, jobId, { command: "continue" });
    await expect.poll(() => status(jobId), poll).toBe("Completed");

    expect(await events(jobId)).toMatchObject([{ event: "breakpoints" }, { event: "paused", line: 2 }, { event: "variables" }, { event: "running", action: "continue" }, { event: "ended", reason: "The runbook completed" }]);
    expect(await getDebugSession(t.db, alice, jobId)).toMatchObject({ state: "ended", endedAt: expect.any(String) });
    const output = await t.db.jobStreamRecord.findMany({ where: { jobId }, orderBy: { seq: "asc" } });
    expect(output.map((r) => r.text)).toEqual(["one", "two"]);
  });

  it("hands every command to the host once, in id order, one that commits after a higher id included", async () => {
    await worker();
    const jobId = await debugRunbook("pause 2\nout done");
    await expect.poll(async () => (await events(jobId)).map((e) => e.event), poll).toEqual(["breakpoints", "paused"]);
    const ask = (requestId: string): DebugCommand => ({ command: "variables", requestId, frame: 0, scope: "local", path: [] });
    const commitLate = await commitOutOfOrder(jobId, ask("late"), ask("early"));
    // The relay polls while the lower id is not yet visible and hands over the one that is.
    await expect.poll(() => answered(jobId), poll).toEqual(["early"]);
    await commitLate();
    await expect.poll(() => answered(jobId), poll).toEqual(["early", "late"]);
    await postDebugCommand(t.db, alice, jobId, ask("after"));
    await postDebugCommand(t.db, alice, jobId, { command: "continue" });
    await expect.poll(() => status(jobId), poll).toBe("Completed");
    expect(await answered(jobId)).toEqual(["early", "late", "after"]);
    expect(await t.db.debugMessage.count({ where: { jobId, direction: "command", deliveredAt: null } })).toBe(0);
  });

  it("stops a job left paused past the idle timeout, saying so in its output and in the `ended` event", async () => {
    await worker({ debugIdleTimeoutSeconds: 1 });
    const jobId = await debugRunbook("pause 2\nout never");
    await expect.poll(() => status(jobId), poll).toBe("Stopped");
    const reason = "Stopped: the debug session sat paused for 1 second with no command";
    expect((await events(jobId)).at(-1)).toEqual({ event: "ended", reason });
    const output = await t.db.jobStreamRecord.findMany({ where: { jobId }, orderBy: { seq: "asc" } });
    expect(output.map((r) => [r.type, r.text])).toEqual([["system", reason]]);
  });

  it("runs an ordinary test job without a debugger or a relay", async () => {
    const runner = await worker();
    const rb = await createRunbook(t.db, createRunbookSchema.parse({ name: `Plain${Date.now()}`, content: "pause 2\nout done" }), actingAs("alice"));
    const { jobId } = await startDraftTest(t.db, rb.id, {}, { kind: "user", userId: alice.userId!, name: "alice" });
    await expect.poll(() => status(jobId), poll).toBe("Completed");
    expect(runner.starts[0]).toMatchObject({ debugs: false });
    expect(runner.starts[0]!.spec.debug).toBeUndefined();
  });

  it.runIf(provider === "postgresql")("hands a posted command over when its notification arrives, however slow the poll", async () => {
    const group = await createWorkerRow(t.db, { group: `relay-${Date.now()}` });
    const rb = await createRunbook(t.db, createRunbookSchema.parse({ name: `N${Date.now()}`, content: "pause 2" }), actingAs("alice"));
    const { jobId } = await startDebugSession(t.db, rb.id, { runOn: group.group }, { kind: "user", userId: alice.userId!, name: "alice" });
    const [claimed] = await claimJobs(t.db, group);
    const held = { jobId, workerId: group.id, workerName: group.name, attempt: claimed!.attempts };
    const handed: DebugCommand[] = [];
    const running: RunningJob = { pid: process.pid, outcome: new Promise(() => {}), stop: () => {}, debug: (command) => handed.push(command) };
    // Ten minutes: whatever reaches the host within the test's bounds was woken by a notification.
    const relay = createDebugRelay({ transport: directTransport(t.db), held, idleTimeoutSeconds: 3600, log: (m) => log.push(m), isLost: () => false, onIdle: () => {}, pollMs: 600_000, fallbackPollMs: 600_000 });
    relay.attach(running);
    try {
      await expect.poll(() => jobActivityListenPids(t.url), poll).toHaveLength(1);
      // One after the other: without notifications at most one read (the LISTEN's start) would find one.
      const ask = (requestId: string): DebugCommand => ({ command: "variables", requestId, frame: 0, scope: "local", path: [] });
      for (const [n, requestId] of ["first", "second", "third"].entries()) {
        await postDebugCommand(t.db, alice, jobId, ask(requestId));
        await expect.poll(() => handed.length, poll).toBe(n + 1);
      }
      expect(handed.map((c) => c.command === "variables" && c.requestId)).toEqual(["first", "second", "third"]);
    } finally {
      await relay.end("The runbook completed");
    }
    await expect.poll(() => jobActivityListenPids(t.url), poll).toHaveLength(0);
  });
});
