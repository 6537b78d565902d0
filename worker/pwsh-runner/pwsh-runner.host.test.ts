import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { JobRunner } from "../runner-types";
import { createPwshRunner } from "./create-pwsh-runner";
import { skipPwsh, testAssemblyCache, testIsolation, testPwsh } from "@/lib/testing/test-pwsh";
import { makeTempRoot, outputText, runToEnd, spec } from "../testing/pwsh-runner-kit";

describe.skipIf(skipPwsh)("pwsh runner: the job's PowerShell host", () => {
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

  it("records a top-level exit code: non-zero fails the job, 0 completes it", async () => {
    const three = await runToEnd(runner, spec("'before'\nexit 3\n'never'"));
    expect(three.outcome).toEqual({ status: "failed", exitCode: 3, error: { message: "Runbook exited with code 3", type: "Baton.RunbookExit" } });
    expect(outputText(three.records)).toBe("before");

    const zero = await runToEnd(runner, spec("Write-Error 'soft'\nexit 0"));
    expect(zero.outcome).toEqual({ status: "completed", exitCode: 0 });

    // From inside a pipeline at the top level too, as with pwsh -File.
    const fromLoop = await runToEnd(runner, spec("1..3 | ForEach-Object { if ($_ -eq 2) { exit 9 }; $_ }"));
    expect(fromLoop.outcome).toMatchObject({ status: "failed", exitCode: 9 });
    expect(outputText(fromLoop.records)).toBe("1");
  });

  it("leaves exit codes of nested scripts and native commands in $LASTEXITCODE, as pwsh -File does", async () => {
    const script = `$child = Join-Path $env:TMPDIR 'child.ps1'
Set-Content -Path $child -Value 'exit 5'
& $child
"after child: $LASTEXITCODE"
/bin/sh -c 'exit 4'
"after native: $LASTEXITCODE"`;
    const run = await runToEnd(runner, spec(script));
    expect(run.outcome).toEqual({ status: "completed" });
    expect(outputText(run.records)).toBe("after child: 5\nafter native: 4");
  });

  it("records -WhatIf's 'What if:' lines as pwsh's host prints them", async () => {
    const script = `function Remove-Widget {
  [CmdletBinding(SupportsShouldProcess)] param([string] $Name)
  if ($PSCmdlet.ShouldProcess($Name, 'Remove widget')) { "removed $Name" }
}
Remove-Widget -Name gear -WhatIf
$file = New-Item -Path $env:TMPDIR -Name keep.txt
Remove-Item -LiteralPath $file.FullName -WhatIf
"still there: $(Test-Path $file.FullName)"`;
    const run = await runToEnd(runner, spec(script));
    expect(run.outcome).toEqual({ status: "completed" });
    expect(run.records.map((r) => [r.type, r.text])).toEqual([
      ["console", 'What if: Performing the operation "Remove widget" on target "gear".'],
      ["console", expect.stringMatching(/^What if: Performing the operation "Remove File" on target "\/.+\/keep\.txt"\.$/)],
      ["output", "still there: True"],
    ]);
  });

  it("fails prompts with a message that says why a job cannot prompt", async () => {
    const script = `function Remove-Widget {
  [CmdletBinding(SupportsShouldProcess)] param()
  if ($PSCmdlet.ShouldProcess('gear', 'Remove widget')) { 'removed' }
}
Remove-Widget -Confirm
$name = Read-Host 'Name'
$cred = Get-Credential -UserName admin
"after: [$name]"`;
    const run = await runToEnd(runner, spec(script));
    expect(run.outcome).toEqual({ status: "completed" });
    const errors = run.records.filter((r) => r.type === "error").map((r) => (r.data as { message: string }).message);
    expect(errors).toEqual([
      expect.stringMatching(/Cannot ask for confirmation: a Baton job runs without a console or a user to answer \(the host does not support user interaction\)\. Call the command with -Confirm:\$false/),
      expect.stringMatching(/^Cannot read input: a Baton job runs without a console .*Pass the value as a runbook parameter/),
      expect.stringMatching(/^Cannot prompt for a credential: .*Get-AutomationPSCredential/),
    ]);
    expect(outputText(run.records)).toBe("after: []");
  });

  it("gives the job a non-interactive terminal: TERM=dumb, and Clear-Host does nothing", async () => {
    const run = await runToEnd(runner, spec("\"TERM=$env:TERM host=$($Host.Name)\"\nClear-Host\n'after'"));
    expect(run.outcome).toEqual({ status: "completed" });
    expect(run.records.map((r) => [r.type, r.text])).toEqual([
      ["output", "TERM=dumb host=Baton"],
      ["output", "after"],
    ]);
  });
});
