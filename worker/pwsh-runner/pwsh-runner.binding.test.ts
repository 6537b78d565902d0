import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { JobRunner } from "../runner-types";
import { createPwshRunner } from "./create-pwsh-runner";
import { skipPwsh, testAssemblyCache, testIsolation, testPwsh } from "@/lib/testing/test-pwsh";
import { makeTempRoot, runToEnd, spec } from "@/worker/testing/pwsh-runner-kit";

describe.skipIf(skipPwsh)("pwsh runner: parameters", () => {
  let runner: JobRunner;
  let tempRoot: string;
  beforeAll(() => {
    tempRoot = makeTempRoot();
    runner = createPwshRunner({ assemblyCache: testAssemblyCache(), pwsh: testPwsh(), isolation: testIsolation(), tempRoot, poolSize: 2 });
  });
  afterAll(async () => {
    await runner.close();
    fs.rmSync(tempRoot, { recursive: true, force: true });
  });

  it("binds typed parameters through PowerShell's binder", async () => {
    const script = `param([int]$Count, [bool]$Enabled, [switch]$Force, [string[]]$Names, [hashtable]$Options, [datetime]$When, [string]$Stamp)
[pscustomobject]@{
  Count = $Count; CountType = $Count.GetType().Name; Enabled = $Enabled; Force = $Force.IsPresent
  Names = $Names; NamesType = $Names.GetType().Name; Nested = $Options.outer.inner; OptionsType = $Options.GetType().Name
  When = $When.ToUniversalTime().ToString('o'); WhenType = $When.GetType().Name; Stamp = $Stamp
}`;
    const run = await runToEnd(
      runner,
      spec(script, {
        parameters: {
          Count: 42, Enabled: true, Force: true, Names: ["a", "b c"],
          Options: { outer: { inner: "deep" } }, When: "2024-03-04T05:06:07Z", Stamp: "2024-03-04T05:06:07Z",
        },
      }),
    );
    expect(run.outcome).toEqual({ status: "completed" });
    const output = run.records.filter((r) => r.type === "output");
    expect(output).toHaveLength(1);
    const value = JSON.parse((output[0].data as { json: string }).json);
    expect(value).toEqual({
      Count: 42, CountType: "Int32", Enabled: true, Force: true, Names: ["a", "b c"], NamesType: "String[]",
      Nested: "deep", OptionsType: "Hashtable", When: "2024-03-04T05:06:07.0000000Z", WhenType: "DateTime",
      // A [string] parameter keeps the literal text even when it looks like a date.
      Stamp: "2024-03-04T05:06:07Z",
    });
  });

  it("fails clearly when a mandatory parameter is missing, without prompting", async () => {
    const run = await runToEnd(runner, spec("param([Parameter(Mandatory)][string]$Name, [int]$Count) \"hi $Name\"", { parameters: { Count: 1 } }));
    expect(run.outcome.status).toBe("failed");
    if (run.outcome.status !== "failed") return;
    expect(run.outcome.error.message).toMatch(/missing mandatory parameters: Name/);
  });

  it("fails clearly for a parameter the runbook does not declare", async () => {
    const run = await runToEnd(runner, spec("param([string]$Name) $Name", { parameters: { Name: "x", Colour: "red" } }));
    expect(run.outcome).toMatchObject({ status: "failed", error: { message: "Runbook 'Test-Runbook' has no parameter named Colour (it accepts: Name)." } });
  });

  it("fails with line and column for a parse error", async () => {
    const run = await runToEnd(runner, spec("'ok'\nif ($true) {\n  'x'\n"));
    expect(run.outcome.status).toBe("failed");
    if (run.outcome.status !== "failed") return;
    expect(run.outcome.error.message).toMatch(/parse error.*line \d+, column \d+: Missing closing '}'/);
    expect(run.records.filter((r) => r.type === "output")).toHaveLength(0);
  });

  it("passes injection attempts as literal strings and executes nothing", async () => {
    const marker = path.join(tempRoot, "injected-marker");
    const attempts = [
      `'; New-Item -ItemType File -Path '${marker}' #`,
      `$(New-Item -ItemType File -Path '${marker}')`,
      `"; New-Item -ItemType File -Path "${marker}"; "`,
      "`$(whoami)",
      `$(whoami)`,
    ];
    for (const value of attempts) {
      const run = await runToEnd(runner, spec("param([string]$Value, [string[]]$List) $Value; $List", { parameters: { Value: value, List: [value] } }));
      expect(run.outcome).toEqual({ status: "completed" });
      expect(run.records.filter((r) => r.type === "output").map((r) => r.text)).toEqual([value, value]);
    }
    expect(fs.existsSync(marker)).toBe(false);
  });
});
