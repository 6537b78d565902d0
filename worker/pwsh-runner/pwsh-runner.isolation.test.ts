import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { JobRunner } from "../runner-types";
import { createPwshRunner } from "./create-pwsh-runner";
import { skipPwsh, testAssemblyCache, testIsolation, testPwsh } from "@/lib/testing/test-pwsh";
import { makeTempRoot, runToEnd, spec } from "@/worker/testing/pwsh-runner-kit";

// A pooled host runs a warm-up job (worker/pwsh/warm-up.ps1) in the runbook's runspace before the
// real spec arrives; the runbook must not be able to tell.
const inspect = `$m = Get-Module Baton.Automation
[pscustomobject]@{
  warmVariables = @(Get-Variable -Scope Global | Where-Object { $_.Name -eq 'Text' -or "$($_.Value)" -match 'warm-up' } | ForEach-Object Name)
  warmFunctions = @(Get-ChildItem function: | Where-Object { $_.Name -match 'warm' -or $_.Definition -match 'warm-up' } | ForEach-Object Name)
  errors = $Error.Count
  history = @(Get-History).Count
  lastToken = "$$ $^"
  warmFiles = @(Get-ChildItem -LiteralPath ([System.IO.Path]::GetTempPath()) -Force -Recurse -Filter '*.ps1' | ForEach-Object Name)
  token = & $m { $script:Token }
  apiUrl = & $m { $script:ApiUrl }
  sinkIsEmpty = & $m { $script:SecretSink.IsEmpty }
  verbose = "$VerbosePreference"
}`;

describe.skipIf(skipPwsh)("pwsh runner: warm-up isolation", () => {
  let runner: JobRunner;
  let tempRoot: string;
  beforeAll(() => {
    tempRoot = makeTempRoot();
    runner = createPwshRunner({ assemblyCache: testAssemblyCache(), pwsh: testPwsh(), isolation: testIsolation(), tempRoot, poolSize: 1 });
  });
  afterAll(async () => {
    await runner.close();
    fs.rmSync(tempRoot, { recursive: true, force: true });
  });

  it.each([
    ["pooled", 1_500],
    ["started on demand", 0],
  ])("a %s host shows the runbook no trace of its warm-up job", async (_label, waitMs) => {
    // Let the pool's host finish its warm-up first, so the job gets a warmed-up host.
    await new Promise((r) => setTimeout(r, waitMs));
    const jobSpec = spec(inspect, { runbookName: "Inspect-Runspace", apiUrl: "http://127.0.0.1:9/base/", streams: { verbose: false, debug: false, progress: true } });
    const run = await runToEnd(runner, jobSpec);
    expect(run.outcome).toEqual({ status: "completed" });
    const output = run.records.filter((r) => r.type === "output");
    expect(output).toHaveLength(1);
    const seen = JSON.parse((output[0].data as { json: string }).json);
    expect(seen).toEqual({
      warmVariables: [],
      warmFunctions: [],
      errors: 0,
      history: 0,
      lastToken: " ",
      warmFiles: ["Inspect-Runspace.ps1"],
      // The printed token is masked: the job's own token, not the warm-up's placeholder.
      token: "***",
      apiUrl: "http://127.0.0.1:9/base",
      sinkIsEmpty: true,
      verbose: "SilentlyContinue",
    });
    expect(run.records.some((r) => JSON.stringify(r).includes("warm-up"))).toBe(false);
  });
});
