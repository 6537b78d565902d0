import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, createApiUser } from "@/app/api/testing/route-kit";
import { endDebugSession } from "@/lib/debug/end-debug-session";
import { recordDebugEvent } from "@/lib/debug/record-debug-event";
import { createWorkerRow } from "@/lib/jobs/testing/job-fixtures";
import { claimJobs } from "@/lib/queue/claim-jobs";
import { createRunbook } from "@/lib/runbooks/create-runbook";
import { createRunbookSchema } from "@/lib/runbooks/schemas";
import { actingAs } from "@/lib/audit/testing/acting-as";
import { routeTarget } from "@/lib/testing/route-target";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import * as breakpointsRoute from "@/app/api/v1/runbooks/[runbookId]/breakpoints/route";
import * as debugStartRoute from "@/app/api/v1/runbooks/[runbookId]/draft/debug/route";
import * as sessionRoute from "./[jobId]/debug/route";
import * as commandsRoute from "./[jobId]/debug/commands/route";
import * as eventsRoute from "./[jobId]/debug/events/route";

type SseEvent = Record<string, string>;
const parseSse = (text: string): SseEvent[] =>
  text
    .split("\n\n")
    .filter((block) => block && !block.startsWith(":"))
    .map((block) => Object.fromEntries(block.split("\n").map((l) => [l.slice(0, l.indexOf(":")), l.slice(l.indexOf(":") + 2)])));

// The lib functions run on both databases (lib/debug/*.test.ts); this checks the HTTP contract once, on SQLite.
describe("debugger API routes", () => {
  let t: TestDb;
  let author: string;
  let otherAuthor: string;
  let operator: string;
  let runbookId: string;
  beforeAll(async () => {
    t = await createTestDb("sqlite");
    routeTarget.db = t.db;
    author = await createApiUser(t.db, "Author");
    otherAuthor = await createApiUser(t.db, "Author");
    operator = await createApiUser(t.db, "Operator");
    runbookId = (await createRunbook(t.db, createRunbookSchema.parse({ name: "DbgRoute", content: "$a = 1\n$b = 2\n$a + $b" }), actingAs("alice"))).id;
  });
  afterAll(async () => t?.drop());

  const startDebug = (token: string, body: unknown, group?: string) =>
    call(debugStartRoute.POST, { method: "POST", path: `/api/v1/runbooks/${runbookId}/draft/debug`, token, body: group ? { ...(body as object), runOn: group } : body, params: { runbookId } });

  it("starts a session (201 { jobId, runOn }) and refuses bad breakpoints naming the field, and callers without runbook.test", async () => {
    const res = await startDebug(author, { breakpoints: [{ line: 2 }] });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ jobId: expect.any(String), runOn: "default" });
    const bad = await startDebug(author, { breakpoints: [{ line: 0 }] });
    expect(bad.status).toBe(422);
    expect(bad.body.error).toMatchObject({ code: "validation_failed", field: "breakpoints.0.line" });
    expect((await startDebug(operator, {})).status).toBe(403);
  });

  it("reads and replaces the caller's own breakpoints", async () => {
    const params = { runbookId };
    const path = `/api/v1/runbooks/${runbookId}/breakpoints`;
    expect((await call(breakpointsRoute.GET, { method: "GET", path, token: author, params })).body).toEqual({ breakpoints: [] });
    const put = await call(breakpointsRoute.PUT, { method: "PUT", path, token: author, params, body: { breakpoints: [{ line: 3, hitCount: 2 }] } });
    expect(put).toMatchObject({ status: 200, body: { breakpoints: [{ line: 3, hitCount: 2 }] } });
    expect((await call(breakpointsRoute.GET, { method: "GET", path, token: author, params })).body).toEqual({ breakpoints: [{ line: 3, hitCount: 2 }] });
    expect((await call(breakpointsRoute.GET, { method: "GET", path, token: otherAuthor, params })).body).toEqual({ breakpoints: [] });
    const bad = await call(breakpointsRoute.PUT, { method: "PUT", path, token: author, params, body: { breakpoints: [{ line: "x" }] } });
    expect(bad).toMatchObject({ status: 422, body: { error: { field: "breakpoints.0.line" } } });
    // What no store can hold is refused naming the field, never a 500.
    const nul = await call(breakpointsRoute.PUT, { method: "PUT", path, token: author, params, body: { breakpoints: [{ line: 1, condition: "$a -eq 'x\u0000'" }] } });
    expect(nul).toMatchObject({ status: 422, body: { error: { field: "breakpoints.0.condition" } } });
    const deep = await call(breakpointsRoute.PUT, { method: "PUT", path, token: author, params, rawBody: `{"breakpoints":${"[".repeat(10_000)}${"]".repeat(10_000)}}` });
    expect(deep.status, JSON.stringify(deep.body)).toBe(422);
    expect((await call(breakpointsRoute.PUT, { method: "PUT", path, token: operator, params, body: { breakpoints: [] } })).status).toBe(403);
  });

  it("shows the session to its starter only, takes commands (202), streams events until `ended`, then refuses commands (409)", async () => {
    const worker = await createWorkerRow(t.db, { group: "dbg-routes" });
    const { body: started } = await startDebug(author, { breakpoints: [{ line: 2 }] }, "dbg-routes");
    const jobId: string = started.jobId;
    const params = { jobId };
    const session = await call(sessionRoute.GET, { method: "GET", path: `/api/v1/jobs/${jobId}/debug`, token: author, params });
    expect(session).toMatchObject({ status: 200, body: { jobId, runbookId, state: "starting", idleTimeoutSeconds: 900, endedAt: null } });
    expect(Object.keys(session.body).sort()).toEqual(["createdAt", "endedAt", "idleTimeoutSeconds", "jobId", "lastActivityAt", "runbookId", "state"]);
    expect((await call(sessionRoute.GET, { method: "GET", path: `/api/v1/jobs/${jobId}/debug`, token: otherAuthor, params })).status).toBe(404);

    const post = (token: string, body: unknown) => call(commandsRoute.POST, { method: "POST", path: `/api/v1/jobs/${jobId}/debug/commands`, token, body, params });
    expect(await post(author, { command: "continue" })).toMatchObject({ status: 202, body: { accepted: true } });
    expect(await post(author, { command: "jump" })).toMatchObject({ status: 422, body: { error: { field: "command" } } });
    expect((await post(otherAuthor, { command: "continue" })).status).toBe(404);

    const [claimed] = await claimJobs(t.db, worker);
    const held = { jobId, attempt: claimed!.attempts, workerId: worker.id, workerName: worker.name };
    await recordDebugEvent(t.db, held, { event: "paused", reason: "breakpoint", line: 2, column: 1, inRunbook: true, stack: [] });
    const events = (headers: Record<string, string>, query = "") =>
      eventsRoute.GET(new Request(`http://localhost/api/v1/jobs/${jobId}/debug/events${query}`, { headers: { authorization: `Bearer ${author}`, ...headers } }), { params: Promise.resolve(params) });
    const res = await events({});
    expect(res.headers.get("content-type")).toMatch(/^text\/event-stream/);
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = "";
    // The first event arrives while the job still runs; the stream ends only after `ended`.
    while (!text.includes("\n\n")) text += decoder.decode((await reader.read()).value);
    expect(parseSse(text)[0]).toMatchObject({ event: "debug" });
    await endDebugSession(t.db, held, "The runbook completed");
    for (;;) {
      const chunk = await reader.read();
      if (chunk.done) break;
      text += decoder.decode(chunk.value);
    }
    const sent = parseSse(text);
    expect(sent.map((e) => JSON.parse(e.data!).event)).toEqual(["paused", "ended"]);
    expect(sent.every((e) => e.event === "debug" && /^\d+$/.test(e.id!))).toBe(true);
    const again = parseSse(await (await events({ "last-event-id": sent[0]!.id! }, "?after=0")).text());
    expect(again.map((e) => JSON.parse(e.data!))).toEqual([{ event: "ended", reason: "The runbook completed" }]);

    const late = await post(author, { command: "continue" });
    expect(late).toMatchObject({ status: 409, body: { error: { code: "conflict", message: expect.stringContaining("The runbook completed") } } });
  });
});
