import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPwshRunner, type PwshRunner } from "./create-pwsh-runner";
import { skipPwsh, testAssemblyCache, testIsolation, testPwsh } from "@/lib/testing/test-pwsh";
import type { DebugEvent } from "@/lib/debug/debug-protocol";
import type { StreamRecordInput } from "@/lib/jobs/stream-types";
import { makeTempRoot, runToEnd, spec } from "@/worker/testing/pwsh-runner-kit";
import { startDebugSession } from "@/worker/testing/debug-session";

const functionScript = `function Add-One($n) {
  $r = $n + 1
  $r
}
$a = 1
$b = Add-One $a
"b=$b"
"done"`;

describe.skipIf(skipPwsh)("pwsh runner: the debugger", () => {
  let runner: PwshRunner;
  let tempRoot: string;
  beforeAll(() => {
    tempRoot = makeTempRoot();
    runner = createPwshRunner({ assemblyCache: testAssemblyCache(), pwsh: testPwsh(), isolation: testIsolation(), tempRoot, poolSize: 2, stopGraceMs: 3000 });
  });
  afterAll(async () => {
    await runner.close();
    fs.rmSync(tempRoot, { recursive: true, force: true });
  });

  it("pauses at a breakpoint with its line and stack, steps into a function, out of it and over a line", async () => {
    const s = await startDebugSession(runner, functionScript, [{ line: 6 }]);
    expect(await s.next("breakpoints")).toEqual({ event: "breakpoints", breakpoints: [{ line: 6, verified: true }] });
    const paused = await s.next("paused");
    expect(paused).toMatchObject({ reason: "breakpoint", line: 6, inRunbook: true });
    expect(paused.stack[0]).toEqual({ index: 0, functionName: "<ScriptBlock>", script: "Test-Runbook", inRunbook: true, line: 6 });
    // Nothing after the breakpoint's line has run.
    expect(s.records.map((r) => r.text)).toEqual([]);

    expect(await s.ask({ command: "stepInto" }, "running")).toEqual({ event: "running", action: "stepInto" });
    const inFunction = await s.next("paused");
    // PowerShell stops first on the function's opening line (its parameters bind there), as pwsh's debugger does.
    expect(inFunction).toMatchObject({ reason: "step", line: 1, inRunbook: true });
    expect(inFunction.stack.slice(0, 2).map((f) => [f.functionName, f.line])).toEqual([["Add-One", 1], ["<ScriptBlock>", 6]]);
    await s.ask({ command: "stepOver" }, "running");
    expect(await s.next("paused")).toMatchObject({ reason: "step", line: 2, stack: [{ functionName: "Add-One", line: 2 }, { line: 6 }] });

    await s.ask({ command: "stepOut" }, "running");
    expect(await s.next("paused")).toMatchObject({ reason: "step", line: 7, stack: [{ functionName: "<ScriptBlock>", line: 7 }] });
    await s.ask({ command: "stepOver" }, "running");
    expect(await s.next("paused")).toMatchObject({ reason: "step", line: 8, stack: [{ line: 8 }] });
    await s.ask({ command: "continue" }, "running");
    expect(await s.job.outcome).toEqual({ status: "completed" });
    expect(s.records.map((r) => r.text)).toEqual(["b=2", "done"]);
  });

  it("lists the variables of each scope and expands a hashtable, an array and an object on demand", async () => {
    const script = `$global:G = 'global value'
$script:S = 'script value'
function Show-It {
  $inner = @{ Name = 'x'; List = @(1, 2, 3) }
  $obj = [pscustomobject]@{ A = 1; B = 'two' }
  $arr = @('a', 'b')
  'in function'
}
Show-It`;
    const s = await startDebugSession(runner, script, [{ line: 7 }]);
    await s.next("paused");
    const local = await s.ask({ command: "variables", requestId: "l", frame: 0, scope: "local", path: [] }, "variables");
    const names = local.variables.map((v) => v.name);
    expect(names).toEqual(expect.arrayContaining(["arr", "inner", "obj"]));
    // Automatic variables nobody debugs, and the script's own, are not the function's locals.
    for (const noise of ["MyInvocation", "PSScriptRoot", "true", "S", "G"]) expect(names).not.toContain(noise);
    expect(local.variables.find((v) => v.name === "inner")).toEqual({ name: "inner", type: "System.Collections.Hashtable", value: "[Hashtable: 2]", expandable: true });
    expect(local).toMatchObject({ requestId: "l", frame: 0, scope: "local", path: [], truncated: false });

    const scriptScope = await s.ask({ command: "variables", requestId: "s", frame: 0, scope: "script", path: [] }, "variables");
    expect(scriptScope.variables.find((v) => v.name === "S")).toEqual({ name: "S", type: "System.String", value: '"script value"', expandable: false });
    expect(scriptScope.variables.map((v) => v.name)).not.toContain("inner");
    const global = await s.ask({ command: "variables", requestId: "g", frame: 0, scope: "global", path: [] }, "variables");
    expect(global.variables.find((v) => v.name === "G")?.value).toBe('"global value"');
    expect(global.variables.map((v) => v.name)).not.toContain("S");
    // The caller's frame: its locals are the script's.
    const caller = await s.ask({ command: "variables", requestId: "c", frame: 1, scope: "local", path: [] }, "variables");
    expect(caller.variables.map((v) => v.name)).toContain("S");

    const table = await s.ask({ command: "variables", requestId: "t", frame: 0, scope: "local", path: ["inner"] }, "variables");
    expect(table.variables.map((v) => [v.name, v.value, v.expandable]).sort()).toEqual([["List", "[Object[]: 3]", true], ["Name", '"x"', false]]);
    const list = await s.ask({ command: "variables", requestId: "tl", frame: 0, scope: "local", path: ["inner", "List"] }, "variables");
    expect(list.variables).toEqual([0, 1, 2].map((i) => ({ name: `[${i}]`, type: "System.Int32", value: String(i + 1), expandable: false })));
    const array = await s.ask({ command: "variables", requestId: "a", frame: 0, scope: "local", path: ["arr"] }, "variables");
    expect(array.variables.map((v) => [v.name, v.value])).toEqual([["[0]", '"a"'], ["[1]", '"b"']]);
    // A string is a leaf, however it is reached.
    expect((await s.ask({ command: "variables", requestId: "a1", frame: 0, scope: "local", path: ["arr", 1] }, "variables")).variables).toEqual([]);
    const object = await s.ask({ command: "variables", requestId: "o", frame: 0, scope: "local", path: ["obj"] }, "variables");
    expect(object.variables.map((v) => [v.name, v.type, v.value])).toEqual([["A", "System.Int32", "1"], ["B", "System.String", '"two"']]);
    const missing = await s.ask({ command: "variables", requestId: "m", frame: 0, scope: "local", path: ["nothing"] }, "refused");
    expect(missing).toMatchObject({ requestId: "m", command: "variables", message: expect.stringContaining("nothing") });

    await s.ask({ command: "continue" }, "running");
    expect(await s.job.outcome).toEqual({ status: "completed" });
  });

  it("pauses on a conditional breakpoint only when its condition holds, and on exactly the Nth such hit", async () => {
    const script = `foreach ($i in 1..10) {
  $square = $i * $i
}
'done'`;
    const s = await startDebugSession(runner, script, [
      { line: 2, condition: "$i % 2 -eq 0", hitCount: 2 },
      { line: 99 },
      { line: 2, condition: "$i -eq (" },
    ]);
    const states = await s.next("breakpoints");
    expect(states.breakpoints.map((b) => b.verified)).toEqual([true, false, false]);
    expect(states.breakpoints[1].message).toMatch(/past the end/);
    expect(states.breakpoints[2].message).toMatch(/does not parse/);
    expect(await s.next("paused")).toMatchObject({ reason: "breakpoint", line: 2 });
    expect(await s.ask({ command: "evaluate", requestId: "e", frame: 0, expression: "$i" }, "evaluated")).toEqual({ event: "evaluated", requestId: "e", frame: 0, expression: "$i", output: "4" });
    await s.ask({ command: "continue" }, "running");
    expect(await s.job.outcome).toEqual({ status: "completed" });
    expect(s.events.filter((e) => e.event === "paused")).toHaveLength(1);

    const every = await startDebugSession(runner, script, [{ line: 2, condition: "$i -gt 8" }]);
    for (const expected of ["9", "10"]) {
      await every.next("paused");
      expect((await every.ask({ command: "evaluate", requestId: expected, frame: 0, expression: "$i" }, "evaluated")).output).toBe(expected);
      await every.ask({ command: "continue" }, "running");
    }
    expect(await every.job.outcome).toEqual({ status: "completed" });
  });

  it("evaluates in the paused frame: output as pwsh prints it, assignments kept, errors reported", async () => {
    const script = `function Inner { $local = 'inner'; 'x' }
$outerOnly = 'outer'
Inner
"x is $x"`;
    const s = await startDebugSession(runner, script, [{ line: 1 }]);
    await s.next("paused");
    await s.ask({ command: "stepInto" }, "running");
    await s.next("paused");
    await s.ask({ command: "stepOver" }, "running");
    expect(await s.next("paused")).toMatchObject({ stack: [{ functionName: "Inner" }, {}] });
    const table = await s.ask({ command: "evaluate", requestId: "1", frame: 0, expression: "[pscustomobject]@{ Name = $local; Size = 3 }" }, "evaluated");
    expect(table.output.split("\n").map((l) => l.trimEnd())).toEqual(["", "Name  Size", "----  ----", "inner    3"]);
    // An outer frame's own variables are read from that frame.
    expect((await s.ask({ command: "evaluate", requestId: "2", frame: 1, expression: "$outerOnly" }, "evaluated")).output).toBe("outer");
    const failed = await s.ask({ command: "evaluate", requestId: "3", frame: 0, expression: "throw 'no luck'" }, "evaluated");
    expect(failed.error).toContain("no luck");
    await s.ask({ command: "stepOut" }, "running");
    await s.next("paused");
    await s.ask({ command: "evaluate", requestId: "4", frame: 0, expression: "$x = 42" }, "evaluated");
    await s.ask({ command: "continue" }, "running");
    expect(await s.job.outcome).toEqual({ status: "completed" });
    expect(s.records.filter((r) => r.type === "output").map((r) => r.text)).toEqual(["x", "x is 42"]);
  });

  it("pauses at Wait-Debugger and at a breakpoint the runbook sets itself", async () => {
    const s = await startDebugSession(runner, `'one'\nWait-Debugger\n'two'\n$null = Set-PSBreakpoint -Script $PSCommandPath -Line 5\n'three'`, []);
    // PowerShell pauses on the Wait-Debugger line itself, before the next statement.
    expect(await s.next("paused")).toMatchObject({ reason: "wait-debugger", line: 2, inRunbook: true });
    await s.ask({ command: "continue" }, "running");
    expect(await s.next("paused")).toMatchObject({ reason: "script-breakpoint", line: 5 });
    await s.ask({ command: "continue" }, "running");
    expect(await s.job.outcome).toEqual({ status: "completed" });
    expect(s.records.filter((r) => r.type === "output").map((r) => r.text)).toEqual(["one", "two", "three"]);
  });

  const finallyScript = `try {
  'started'
  'paused here'
} finally {
  'cleaned up'
}`;
  const texts = (records: StreamRecordInput[]) => records.map((r) => r.text);

  it("ends a paused job as stopped on the stop command, even amid a long evaluation, running its finally block without pausing in it", async () => {
    const s = await startDebugSession(runner, finallyScript, [{ line: 3 }, { line: 5 }]);
    await s.next("paused");
    // An evaluation that would never end is stopped; its console line says it has started.
    s.job.debug({ command: "evaluate", requestId: "slow", frame: 0, expression: "[Console]::WriteLine('evaluating'); Start-Sleep -Seconds 600" });
    await s.record("evaluating");
    expect(await s.ask({ command: "stop" }, "running")).toEqual({ event: "running", action: "stop" });
    expect(s.events.find((e) => e.event === "evaluated")).toMatchObject({ requestId: "slow", output: "" });
    expect(await s.job.outcome).toEqual({ status: "stopped", reason: "stop" });
    expect(texts(s.records)).toEqual(["started", "evaluating", "cleaned up"]);
    expect(s.events.filter((e) => e.event === "paused")).toHaveLength(1);
  });

  it("ends a paused job when the worker stops it (Stop button, timeout)", async () => {
    const s = await startDebugSession(runner, finallyScript, [{ line: 3 }]);
    await s.next("paused");
    s.job.stop("timeout");
    expect(await s.job.outcome).toEqual({ status: "stopped", reason: "timeout" });
    // The finally block ran: the host stopped the runbook, it was not killed after the grace period.
    expect(texts(s.records)).toEqual(["started", "cleaned up"]);
  });

  it("refuses what needs a pause while the runbook runs, and takes new breakpoints then", async () => {
    const script = `'started'
for ($n = 1; $n -lt 100000; $n++) {
  Start-Sleep -Milliseconds 10
}`;
    const s = await startDebugSession(runner, script, []);
    await s.next("breakpoints");
    expect(await s.ask({ command: "variables", requestId: "r", frame: 0, scope: "local", path: [] }, "refused")).toMatchObject({ requestId: "r", command: "variables", message: expect.stringMatching(/running/) });
    expect(await s.ask({ command: "stepOver" }, "refused")).toMatchObject({ command: "stepOver" });
    expect(await s.ask({ command: "setBreakpoints", breakpoints: [{ line: 3 }] }, "breakpoints")).toEqual({ event: "breakpoints", breakpoints: [{ line: 3, verified: true }] });
    expect(await s.next("paused")).toMatchObject({ reason: "breakpoint", line: 3 });
    // Replaced while paused: none left, so the runbook runs on until stopped.
    await s.ask({ command: "setBreakpoints", breakpoints: [] }, "breakpoints");
    await s.ask({ command: "continue" }, "running");
    // The debugger's stop also ends a running runbook.
    expect(await s.ask({ command: "stop" }, "running")).toEqual({ event: "running", action: "stop" });
    expect(await s.job.outcome).toEqual({ status: "stopped", reason: "stop" });
    expect(s.events.filter((e) => e.event === "paused")).toHaveLength(1);
  });

  it("keeps a finally block from pausing once the worker stopped a running job", async () => {
    const script = `try {
  'started'
  Start-Sleep -Seconds 60
} finally {
  'cleaned up'
}`;
    const s = await startDebugSession(runner, script, [{ line: 5 }]);
    await s.next("breakpoints");
    // A refused command proves the runbook is running, not paused, when the stop comes.
    await s.ask({ command: "evaluate", requestId: "r", frame: 0, expression: "1" }, "refused");
    s.job.stop("stop");
    expect(await s.job.outcome).toEqual({ status: "stopped", reason: "stop" });
    expect(texts(s.records)).toEqual(["started", "cleaned up"]);
    expect(s.events.filter((e) => e.event === "paused")).toEqual([]);
  });

  it("bounds what it lists and renders, and an evaluation cannot resume the runbook", async () => {
    const script = `$many = 1..300
$long = 'x' * 5000
'after'`;
    const s = await startDebugSession(runner, script, [{ line: 3 }]);
    await s.next("paused");
    const many = await s.ask({ command: "variables", requestId: "m", frame: 0, scope: "local", path: ["many"] }, "variables");
    expect(many.variables).toHaveLength(200);
    expect(many.truncated).toBe(true);
    const local = await s.ask({ command: "variables", requestId: "l", frame: 0, scope: "local", path: [] }, "variables");
    const long = local.variables.find((v) => v.name === "long");
    expect(long?.value.length).toBe(1000);
    expect(long?.value.endsWith("…")).toBe(true);
    // "c" is pwsh's debugger prompt's continue; here it is only an expression and the runbook stays paused.
    await s.ask({ command: "evaluate", requestId: "c", frame: 0, expression: "c" }, "evaluated");
    expect((await s.ask({ command: "evaluate", requestId: "n", frame: 0, expression: "$many.Count" }, "evaluated")).output).toBe("300");
    expect(texts(s.records)).toEqual([]);
    await s.ask({ command: "continue" }, "running");
    expect(await s.job.outcome).toEqual({ status: "completed" });
    expect(texts(s.records)).toEqual(["after"]);
  });

  it("steps into a dot-sourced script", async () => {
    const script = `Set-Content -LiteralPath (Join-Path $env:TMPDIR 'helper.ps1') -Value '$fromHelper = "hi"', '"helper ran"'
. (Join-Path $env:TMPDIR 'helper.ps1')
"after: $fromHelper"`;
    const s = await startDebugSession(runner, script, [{ line: 2 }]);
    await s.next("paused");
    await s.ask({ command: "stepInto" }, "running");
    const inHelper = await s.next("paused");
    expect(inHelper).toMatchObject({ reason: "step", line: 1, inRunbook: false });
    expect(inHelper.stack.slice(0, 2).map((f) => [f.script, f.inRunbook, f.line])).toEqual([["helper.ps1", false, 1], ["Test-Runbook", true, 2]]);
    await s.ask({ command: "continue" }, "running");
    expect(await s.job.outcome).toEqual({ status: "completed" });
    expect(texts(s.records)).toEqual(["helper ran", "after: hi"]);
  });

  it("runs a normal job's Wait-Debugger and Set-PSBreakpoint without pausing, and refuses its debug commands", async () => {
    const script = `'one'
Wait-Debugger
$null = Set-PSBreakpoint -Script $PSCommandPath -Line 4
'two'
$null = Set-PSBreakpoint -Script $PSCommandPath -Line 6 -Action { Write-Host 'action ran' }
'three'
# Nothing listens for the debugger's stops in a job nobody debugs: it pays nothing for the debugger.
$debugger = [runspace]::DefaultRunspace.Debugger
"subscribed: $($debugger.GetType().GetMethod('IsDebuggerStopEventSubscribed', [Reflection.BindingFlags] 'NonPublic, Instance').Invoke($debugger, @()))"`;
    const run = await runToEnd(runner, spec(script));
    expect(run.outcome).toEqual({ status: "completed" });
    expect(run.records.map((r) => [r.type, r.text])).toEqual([
      ["output", "one"],
      ["warning", "Wait-Debugger was ignored: this job is not running under the debugger."],
      ["output", "two"],
      ["information", "action ran"],
      ["output", "three"],
      ["output", "subscribed: False"],
    ]);

    const events: DebugEvent[] = [];
    let refused = () => {};
    const answered = new Promise<void>((resolve) => (refused = resolve));
    const job = await runner.start(spec("'started'; Start-Sleep -Seconds 60"), () => {}, (event) => {
      events.push(event);
      refused();
    });
    job.debug({ command: "evaluate", requestId: "x", frame: 0, expression: "1" });
    await answered;
    job.stop("stop");
    await job.outcome;
    expect(events).toEqual([{ event: "refused", requestId: "x", command: "evaluate", message: "This job was not started for debugging." }]);
  });
});
