import { describe, expect, it } from "vitest";
import type { DebugEvent, DebugFrame } from "@/lib/debug/debug-protocol";
import { debugViewReducer, highlightedLine, initialDebugViewState, selectedFrameOf, variablesKey, type DebugAction, type DebugViewState } from "./debug-session-state";

const frames: DebugFrame[] = [
  { index: 0, functionName: "Get-Thing", script: "Helpers.psm1", inRunbook: false, line: 12 },
  { index: 1, functionName: "<ScriptBlock>", script: "MyRunbook", inRunbook: true, line: 5 },
];
const paused = (line: number, stack: DebugFrame[] = [{ index: 0, functionName: "<ScriptBlock>", script: "MyRunbook", inRunbook: true, line }]): DebugEvent => ({
  event: "paused",
  reason: "breakpoint",
  line,
  column: 1,
  inRunbook: stack[0]?.inRunbook ?? true,
  stack,
});
const run = (...actions: (DebugAction | DebugEvent)[]): DebugViewState =>
  actions.reduce<DebugViewState>((s, a) => debugViewReducer(s, "type" in a ? a : { type: "event", event: a }), initialDebugViewState);

describe("debugViewReducer", () => {
  it("pauses on a runbook line and highlights it, and forgets it when the script runs on", () => {
    const atFive = run(paused(5));
    expect(atFive.status).toBe("paused");
    expect(highlightedLine(atFive)).toBe(5);
    const stepping = run(paused(5), { event: "running", action: "stepOver" });
    expect(stepping.status).toBe("running");
    expect(stepping.lastAction).toBe("stepOver");
    expect(highlightedLine(stepping)).toBeNull();
    expect(highlightedLine(run(paused(5), { event: "running", action: "stepOver" }, paused(6)))).toBe(6);
  });

  it("highlights nothing while paused outside the runbook, and the chosen frame's line when that frame is in it", () => {
    const inModule = run(paused(12, frames));
    expect(highlightedLine(inModule)).toBeNull();
    const caller = debugViewReducer(inModule, { type: "selectFrame", frame: 1 });
    expect(selectedFrameOf(caller)?.functionName).toBe("<ScriptBlock>");
    expect(highlightedLine(caller)).toBe(5);
    // A frame that does not exist is not chosen.
    expect(debugViewReducer(caller, { type: "selectFrame", frame: 7 }).selectedFrame).toBe(1);
    // A new pause starts at the top frame again.
    expect(debugViewReducer(caller, { type: "event", event: paused(13, frames) }).selectedFrame).toBe(0);
  });

  it("keeps variable answers by frame, scope and path, and drops answers from an earlier pause", () => {
    const address = { frame: 0, scope: "local" as const, path: ["table"] };
    const asked = run(paused(5), { type: "variablesRequested", requestId: "r1", address });
    expect(asked.variables[variablesKey(address)]).toEqual({ status: "loading" });
    const answer: DebugEvent = { event: "variables", requestId: "r1", frame: 0, scope: "local", path: ["table"], variables: [{ name: "a", type: "System.Int32", value: "1", expandable: false }], truncated: true };
    const answered = debugViewReducer(asked, { type: "event", event: answer });
    expect(answered.variables[variablesKey(address)]).toEqual({ status: "loaded", variables: answer.variables, truncated: true });
    expect(answered.pendingVariables).toEqual({});

    const movedOn = run(paused(5), { type: "variablesRequested", requestId: "r1", address }, { event: "running", action: "continue" }, paused(6));
    expect(debugViewReducer(movedOn, { type: "event", event: answer }).variables).toEqual({});
  });

  it("matches evaluations to their answers by requestId, and shows a refusal where it was asked", () => {
    const s = run(
      paused(5),
      { type: "evaluateRequested", requestId: "e1", frame: 0, expression: "$x" },
      { type: "evaluateRequested", requestId: "e2", frame: 0, expression: "1/0" },
      { type: "variablesRequested", requestId: "v1", address: { frame: 0, scope: "global", path: [] } },
      { event: "evaluated", requestId: "e2", frame: 0, expression: "1/0", output: "", error: "Attempted to divide by zero." },
      { event: "evaluated", requestId: "e1", frame: 0, expression: "$x", output: "42" },
      { event: "refused", requestId: "v1", command: "variables", message: "not paused" },
    );
    expect(s.console.map((c) => [c.expression, c.status, c.output, c.error])).toEqual([
      ["$x", "done", "42", undefined],
      ["1/0", "done", "", "Attempted to divide by zero."],
    ]);
    expect(s.variables[variablesKey({ frame: 0, scope: "global", path: [] })]).toEqual({ status: "failed", message: "not paused" });
    expect(run(paused(5), { event: "refused", command: "stepOver", message: "already running" }).notice).toBe("already running");
    expect(run(paused(5), { type: "commandFailed", message: "Could not reach the Baton server." }).notice).toBe("Could not reach the Baton server.");
  });

  it("keeps how the host placed the breakpoints", () => {
    const s = run({ event: "breakpoints", breakpoints: [{ line: 99, verified: false, message: "past the end" }] });
    expect(s.breakpoints).toEqual([{ line: 99, verified: false, message: "past the end" }]);
  });

  it("ends on the ended event or a terminal job, settles pending evaluations, and ignores what comes later", () => {
    const ended = run(paused(5), { type: "evaluateRequested", requestId: "e1", frame: 0, expression: "$x" }, { event: "ended", reason: "completed" });
    expect(ended.status).toBe("ended");
    expect(ended.endedReason).toBe("completed");
    expect(highlightedLine(ended)).toBeNull();
    expect(ended.console[0]).toMatchObject({ status: "done", error: "The session ended before PowerShell answered." });
    expect(debugViewReducer(ended, { type: "event", event: paused(6) })).toBe(ended);
    expect(debugViewReducer(ended, { type: "jobFinished", status: "Completed" })).toBe(ended);

    const lost = run({ event: "running", action: "continue" }, { type: "jobFinished", status: "Failed" });
    expect(lost.status).toBe("ended");
    expect(lost.endedReason).toBe("The test job ended (Failed).");
  });
});
