import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { sharedScriptHelper } from "@/lib/pwsh/shared-script-helper";
import { checkJobParameters } from "./check-job-parameters";
import { parameterCheckCases } from "./testing/parameter-check-cases";

describe("start parameters checked by PowerShell's binder", () => {
  afterAll(() => sharedScriptHelper().close());

  it.each(parameterCheckCases)("$name", async ({ script, values, start }) => {
    const checked = checkJobParameters("R", script, values);
    if (start === "accepted") await expect(checked).resolves.toBeTypeOf("object");
    else await expect(checked).rejects.toMatchObject({ code: "validation_failed", field: start.field, message: expect.stringMatching(start.message) });
  });

  it("returns the values as given, under the declared names", async () => {
    expect(await checkJobParameters("R", "param([int]$Count, [string[]]$Servers)", { count: "7", SERVERS: ["a"] })).toEqual({ Count: "7", Servers: ["a"] });
  });

  it("never runs the runbook's code: modules, defaults, ValidateScript, transformations and unsafe conversions stay for the job", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "baton-side-effect-"));
    const file = (name: string) => path.join(dir, name).replace(/'/g, "''");
    const modulePath = path.join(os.tmpdir(), `baton-side-effect-${process.pid}.psm1`);
    fs.writeFileSync(modulePath, `Set-Content -LiteralPath '${file("module")}' -Value 1\nclass Touch : System.Management.Automation.ArgumentTransformationAttribute {\n  [object] Transform([System.Management.Automation.EngineIntrinsics] $e, [object] $v) { Set-Content -LiteralPath '${file("transform")}' -Value 1; return $v }\n}\n`);
    const script = `using module ${modulePath}
param(
  [ValidateScript({ Set-Content -LiteralPath '${file("validate")}' -Value 1; $true })][string]$Checked,
  [string]$Defaulted = $(Set-Content -LiteralPath '${file("default")}' -Value 1; 'x'),
  [Touch()][string]$Transformed,
  [System.IO.StreamWriter]$Writer,
  [ValidateSet('a', 'b')][string]$Choice
)
'ran'`;
    try {
      const accepted = await checkJobParameters("R", script, { Checked: "x", Transformed: "y", Writer: file("writer"), Choice: "a" });
      expect(accepted).toEqual({ Checked: "x", Transformed: "y", Writer: file("writer"), Choice: "a" });
      // The safe attributes beside them are still PowerShell's to check.
      await expect(checkJobParameters("R", script, { Choice: "c" })).rejects.toMatchObject({ field: "parameters.Choice" });
      expect(fs.readdirSync(dir)).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
      fs.rmSync(modulePath, { force: true });
    }
  });

  it("refuses to start a script PowerShell cannot parse, as its job would fail before binding", async () => {
    await expect(checkJobParameters("R", "param([int]$N)\nif ($N {", { N: 1 })).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringMatching(/^The script of runbook R that would run has parse errors and cannot start: line 2:\d+: /),
    });
  });

  it("refuses a binding that overruns its time limit, and the next check gets a fresh helper", async () => {
    // Catastrophic backtracking: the pattern takes far longer than the limit on this value.
    const script = "param([ValidatePattern('^(a+)+$')][string]$Word)";
    await expect(checkJobParameters("R", script, { Word: `${"a".repeat(64)}!` })).rejects.toMatchObject({
      code: "validation_failed",
      field: "parameters",
      message: "PowerShell did not finish checking the parameters of R within 5 s",
    });
    await expect(checkJobParameters("R", script, { Word: "aaa" })).resolves.toEqual({ Word: "aaa" });
  });
});
