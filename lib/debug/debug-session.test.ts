import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actingAs } from "@/lib/audit/testing/acting-as";
import type { Principal } from "@/lib/auth/principal";
import { controlJob } from "@/lib/jobs/control-job";
import { createWorkerRow } from "@/lib/jobs/testing/job-fixtures";
import { claimJobs } from "@/lib/queue/claim-jobs";
import type { HeldJob } from "@/lib/queue/held-job";
import { prepareClaimedJob } from "@/lib/queue/prepare-claimed-job";
import { createRunbook } from "@/lib/runbooks/create-runbook";
import { createRunbookSchema } from "@/lib/runbooks/schemas";
import { jobActivityListenPids } from "@/lib/db/testing/listen-connections";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import type { DebugEvent } from "./debug-protocol";
import { endDebugSession } from "./end-debug-session";
import { followDebugEvents, type DebugStreamItem } from "./follow-debug-events";
import { getDebugSession } from "./get-debug-session";
import { markDebugCommandsDelivered } from "./mark-debug-commands-delivered";
import { postDebugCommand } from "./post-debug-command";
import { readDebugCommands } from "./read-debug-commands";
import { recordDebugEvent } from "./record-debug-event";
import { startDebugSession } from "./start-debug-session";

const pausedAt3: DebugEvent = { event: "paused", reason: "breakpoint", line: 3, column: 1, inRunbook: true, stack: [{ index: 0, functionName: "<ScriptBlock>", script: "Dbg", inRunbook: true, line: 3 }] };

async function collect(stream: AsyncGenerator<DebugStreamItem>): Promise<DebugStreamItem[]> {
  const items: DebugStreamItem[] = [];
  for await (const item of stream) items.push(item);
  return items;
}

describe.each(testProviders)("debug sessions on %s", (provider) => {
  let t: TestDb;
  let runbookId: string;
  let alice: Principal;
  let bob: Principal;
  const starter = () => ({ kind: "user" as const, userId: alice.userId!, name: alice.name });

  beforeAll(async () => {
    t = await createTestDb(provider);
    const user = async (name: string, role: "Author" | "Reader"): Promise<Principal> => {
      const row = await t.db.user.create({ data: { username: name, displayName: name } });
      return { kind: "user", userId: row.id, name, grants: [{ role, scopeTag: null }] };
    };
    alice = await user("alice", "Author");
    bob = await user("bob", "Author");
    const rb = await createRunbook(t.db, createRunbookSchema.parse({ name: "Dbg", content: "param([int]$N = 1)\n$x = $N\n$y = $x + 1\nWrite-Output $y" }), actingAs("alice"));
    runbookId = rb.id;
  });
  afterAll(async () => t?.drop());

  /** A debug session claimed by a worker of its own group, as the worker holds it. */
  async function claimedSession(): Promise<{ jobId: string; held: HeldJob }> {
    const worker = await createWorkerRow(t.db, { group: `g-${Math.random().toString(36).slice(2, 8)}` });
    const { jobId } = await startDebugSession(t.db, runbookId, { runOn: worker.group, breakpoints: [{ line: 3 }] }, starter());
    const [claimed] = await claimJobs(t.db, worker);
    expect(claimed?.id).toBe(jobId);
    return { jobId, held: { jobId, attempt: claimed!.attempts, workerId: worker.id, workerName: worker.name } };
  }

  it("starts a test job with its session, its breakpoints and an audit event", async () => {
    const { jobId } = await startDebugSession(t.db, runbookId, { parameters: { N: 4 }, breakpoints: [{ line: 2 }, { line: 3, condition: "$x -gt 1" }] }, starter(), "198.51.100.9");
    const job = await t.db.job.findUniqueOrThrow({ where: { id: jobId }, include: { runbookVersion: true, debugSession: true } });
    expect(job).toMatchObject({ isTest: true, status: "Queued", parameters: { N: 4 }, runbookVersion: { kind: "snapshot" }, debugSession: { userId: alice.userId, state: "starting", endedAt: null } });
    expect(await getDebugSession(t.db, alice, jobId)).toMatchObject({ jobId, runbookId, state: "starting", idleTimeoutSeconds: 900, endedAt: null });
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { action: "debug.start", targetId: jobId } });
    expect(audit).toMatchObject({ actorName: "alice", sourceAddress: "198.51.100.9", details: { runbookId, breakpoints: 2 } });
  });

  it("refuses bad input naming the field, and leaves no job or snapshot behind", async () => {
    const before = await t.db.runbookVersion.count({ where: { runbookId, kind: "snapshot" } });
    await expect(startDebugSession(t.db, runbookId, { breakpoints: [{ line: 0 }] }, starter())).rejects.toMatchObject({ issues: [{ path: ["breakpoints", 0, "line"], message: "must be at least 1" }] });
    await expect(startDebugSession(t.db, runbookId, { breakpoints: [{ line: 2, condition: "  " }] }, starter())).rejects.toMatchObject({ issues: [{ path: ["breakpoints", 0, "condition"], message: "must not be blank" }] });
    await expect(startDebugSession(t.db, runbookId, { parameters: { N: "many" } }, starter())).rejects.toMatchObject({ code: "validation_failed", field: "parameters.N" });
    expect(await t.db.runbookVersion.count({ where: { runbookId, kind: "snapshot" } })).toBe(before);
  });

  it("is its starter's alone: another user finds no session, and the starter needs runbook.test still", async () => {
    const { jobId } = await startDebugSession(t.db, runbookId, {}, starter());
    await expect(getDebugSession(t.db, bob, jobId)).rejects.toMatchObject({ code: "not_found", message: "Debug session not found" });
    await expect(postDebugCommand(t.db, bob, jobId, { command: "continue" })).rejects.toMatchObject({ code: "not_found" });
    const demoted: Principal = { ...alice, grants: [{ role: "Reader", scopeTag: null }] };
    await expect(getDebugSession(t.db, demoted, jobId)).rejects.toMatchObject({ code: "forbidden", message: expect.stringContaining("runbook.test") });
    const asJob: Principal = { kind: "job", userId: alice.userId, name: "job", grants: alice.grants, jobId };
    await expect(getDebugSession(t.db, asJob, jobId)).rejects.toMatchObject({ code: "not_found" });
    expect(await t.db.debugMessage.count({ where: { jobId, direction: "command" } })).toBe(0);
  });

  it("stores commands in order; the worker starts with the latest breakpoints and relays only what follows", async () => {
    const { jobId, held } = await claimedSession();
    await postDebugCommand(t.db, alice, jobId, { command: "setBreakpoints", breakpoints: [{ line: 4 }] });
    const prepared = await prepareClaimedJob(t.db, held);
    expect(prepared?.run.debug).toEqual({ breakpoints: [{ line: 4 }] });
    expect(prepared?.debug?.idleTimeoutSeconds).toBe(900);
    await postDebugCommand(t.db, alice, jobId, { command: "stepOver" });
    await postDebugCommand(t.db, alice, jobId, { command: "variables", requestId: "r1", frame: 0, scope: "local" });
    await postDebugCommand(t.db, alice, jobId, { command: "continue" });
    const relayed = await readDebugCommands(t.db, jobId);
    expect(relayed.map((c) => c.command)).toEqual([{ command: "stepOver" }, { command: "variables", requestId: "r1", frame: 0, scope: "local", path: [] }, { command: "continue" }]);
    // What the worker handed over but has not yet recorded is left out; what it recorded is gone for good.
    expect(await readDebugCommands(t.db, jobId, new Set([relayed[0]!.id, relayed[1]!.id]))).toEqual([relayed[2]]);
    await markDebugCommandsDelivered(t.db, held, [relayed[0]!.id, relayed[1]!.id]);
    await markDebugCommandsDelivered(t.db, held, [relayed[0]!.id, relayed[1]!.id]);
    expect(await readDebugCommands(t.db, jobId)).toEqual([relayed[2]]);
    // A worker whose attempt no longer holds the job records nothing.
    await markDebugCommandsDelivered(t.db, { ...held, attempt: held.attempt + 1 }, [relayed[2]!.id]);
    expect(await readDebugCommands(t.db, jobId)).toEqual([relayed[2]]);
  });

  it("refuses a command the schema does not know, naming the field", async () => {
    const { jobId } = await startDebugSession(t.db, runbookId, {}, starter());
    await expect(postDebugCommand(t.db, alice, jobId, { command: "evaluate", requestId: "r", frame: 0, expression: " " })).rejects.toMatchObject({ issues: [{ path: ["expression"], message: "must not be blank" }] });
  });

  it("streams the host's events in order and ends after `ended`; then refuses commands with 409 saying why", async () => {
    const { jobId, held } = await claimedSession();
    expect(await recordDebugEvent(t.db, held, { event: "breakpoints", breakpoints: [{ line: 3, verified: true }] })).toBe(true);
    expect(await recordDebugEvent(t.db, held, pausedAt3)).toBe(true);
    expect((await getDebugSession(t.db, alice, jobId)).state).toBe("paused");
    expect(await recordDebugEvent(t.db, held, { event: "running", action: "continue" })).toBe(true);
    await endDebugSession(t.db, held, "The runbook completed");
    // Run twice (a retry whose answer was lost), it ends the session once.
    await endDebugSession(t.db, held, "The runbook completed");
    expect(await recordDebugEvent(t.db, held, pausedAt3)).toBe(false);

    const items = await collect(followDebugEvents(t.db, jobId, { after: 0, signal: new AbortController().signal, pollMs: 20 }));
    expect(items.map((i) => (i.kind === "event" ? i.event.event : "ping"))).toEqual(["breakpoints", "paused", "running", "ended"]);
    const ids = items.map((i) => (i.kind === "event" ? i.id : 0));
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
    expect(items[3]).toMatchObject({ event: { event: "ended", reason: "The runbook completed" } });
    // Resuming after the second event sends the rest only.
    const resumed = await collect(followDebugEvents(t.db, jobId, { after: ids[1]!, signal: new AbortController().signal, pollMs: 20 }));
    expect(resumed.map((i) => (i.kind === "event" ? i.event.event : "ping"))).toEqual(["running", "ended"]);

    expect(await getDebugSession(t.db, alice, jobId)).toMatchObject({ state: "ended", endedAt: expect.any(String) });
    await expect(postDebugCommand(t.db, alice, jobId, { command: "continue" })).rejects.toMatchObject({ code: "conflict", message: expect.stringContaining("The runbook completed") });
    expect(await t.db.auditEvent.count({ where: { action: "debug.end", targetId: jobId } })).toBe(1);
  });

  it("waits for events while the job runs, and ends a session whose job ended with no worker to say so", async () => {
    const { jobId, held } = await claimedSession();
    const abort = new AbortController();
    const seen: DebugStreamItem[] = [];
    const following = (async () => {
      for await (const item of followDebugEvents(t.db, jobId, { after: 0, signal: abort.signal, pollMs: 20 })) seen.push(item);
    })();
    await recordDebugEvent(t.db, held, pausedAt3);
    await expect.poll(() => seen.length, { timeout: 10_000 }).toBe(1);
    // The job is stopped without its worker (as the reaper or a stop of a queued job would end it).
    await t.db.job.update({ where: { id: jobId }, data: { status: "Stopped", statusReason: "Stopped by alice" } });
    await following;
    expect(seen.map((i) => (i.kind === "event" ? i.event : i))).toEqual([pausedAt3, { event: "ended", reason: "The job is Stopped: Stopped by alice" }]);
    await expect(postDebugCommand(t.db, alice, jobId, { command: "continue" })).rejects.toMatchObject({ code: "conflict", message: expect.stringContaining("the job is Stopped") });
  });

  it("ends the session of a debug job stopped before any worker took it", async () => {
    const { jobId } = await startDebugSession(t.db, runbookId, {}, starter());
    await controlJob(t.db, jobId, "stop", actingAs("alice"));
    expect((await getDebugSession(t.db, alice, jobId)).state).toBe("ended");
    const items = await collect(followDebugEvents(t.db, jobId, { after: 0, signal: new AbortController().signal, pollMs: 20 }));
    expect(items).toMatchObject([{ kind: "event", event: { event: "ended" } }]);
  });

  it("sends each event as it is stored; on PostgreSQL its notification wakes the follower, however slow the poll", async () => {
    const { jobId, held } = await claimedSession();
    // SQLite has no NOTIFY and keeps the short poll; on PostgreSQL ten minutes leaves only the notification.
    const polls = provider === "postgresql" ? { pollMs: 600_000, fallbackPollMs: 600_000 } : { pollMs: 20 };
    const stream = followDebugEvents(t.db, jobId, { after: 0, signal: new AbortController().signal, ...polls });
    const running: DebugEvent = { event: "running", action: "continue" };
    let next = stream.next();
    if (provider === "postgresql") await expect.poll(() => jobActivityListenPids(t.url), { timeout: 10_000 }).toHaveLength(1);
    // One after the other: without notifications at most one read (the LISTEN's start) would find one.
    for (const event of [pausedAt3, running, pausedAt3]) {
      await recordDebugEvent(t.db, held, event);
      expect((await next).value).toMatchObject({ kind: "event", event });
      next = stream.next();
    }
    await endDebugSession(t.db, held, "The runbook completed");
    expect((await next).value).toMatchObject({ kind: "event", event: { event: "ended", reason: "The runbook completed" } });
    expect((await stream.next()).done).toBe(true);
    if (provider === "postgresql") await expect.poll(() => jobActivityListenPids(t.url), { timeout: 10_000 }).toHaveLength(0);
  });
});
