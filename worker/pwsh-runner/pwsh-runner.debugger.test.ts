import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPwshRunner, type PwshRunner } from "./create-pwsh-runner";
import { skipPwsh, testAssemblyCache, testIsolation, testPwsh } from "@/lib/testing/test-pwsh";
import { makeTempRoot } from "@/worker/testing/pwsh-runner-kit";
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
});
