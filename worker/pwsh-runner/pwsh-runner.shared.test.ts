import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StreamRecordInput } from "@/lib/jobs/stream-types";
import { skipPwsh, testAssemblyCache, testIsolation, testPwsh } from "@/lib/testing/test-pwsh";
import { isAlive, makeTempRoot, outputText, pidsMatching, runToEnd, spec } from "@/worker/testing/pwsh-runner-kit";
import type { JobSpec } from "../runner-types";
import { createPwshRunner, type PwshRunner } from "./create-pwsh-runner";

const shared = (script: string, overrides: Partial<JobSpec> = {}) => spec(script, { hostMode: "shared", ...overrides });

// What a shared host keeps between two jobs of its runbook, and what it resets (README › Job isolation).
describe.skipIf(skipPwsh)("pwsh runner: shared hosts", () => {
  let runner: PwshRunner;
  let tempRoot: string;
  const retired: string[] = [];
  beforeAll(() => {
    tempRoot = makeTempRoot();
    runner = createPwshRunner({
      assemblyCache: testAssemblyCache(),
      pwsh: testPwsh(),
      isolation: testIsolation(),
      tempRoot,
      poolSize: 1,
      stopGraceMs: 1500,
      sharedHostLimits: { maxJobs: 4, maxAgeMs: 3_600_000, maxWorkingSetBytes: 4 * 1024 ** 3, idleMs: 60_000, maxIdle: 4 },
      onSharedHostRetired: (_pid, reason) => retired.push(reason),
    });
  });
  afterAll(async () => {
    await runner.close();
    fs.rmSync(tempRoot, { recursive: true, force: true });
  });

  it("runs a runbook's next job in the same process, in a fresh runspace, with the process state reset", async () => {
    const name = { runbookName: "Shared-State" };
    const first = await runToEnd(
      runner,
      shared(
        [
          "$global:Left = 'global'",
          "$env:BATON_LEFT = 'env'",
          "Set-Content -LiteralPath (Join-Path $HOME 'left.txt') -Value 'file'",
          "[System.Environment]::CurrentDirectory = '/'",
          "Add-Type -TypeDefinition 'public static class BatonSharedLeft { public static string Value = \"static\"; }'",
          "[System.Console]::WriteLine('raw line')",
          "'done'",
        ].join("\n"),
        name,
      ),
    );
    expect(first.outcome).toEqual({ status: "completed" });
    expect(first.records.filter((r) => r.type === "console").map((r) => r.text)).toEqual(["raw line"]);
    const second = await runToEnd(
      runner,
      shared(
        [
          "\"global=$([bool](Get-Variable -Name Left -Scope Global -ErrorAction Ignore))\"",
          '"env=$env:BATON_LEFT"',
          "\"file=$(Test-Path (Join-Path $HOME 'left.txt'))\"",
          '"cwd=$([System.Environment]::CurrentDirectory -eq $HOME)"',
          "\"static=$(('BatonSharedLeft' -as [type])::Value)\"",
        ].join("\n"),
        name,
      ),
    );
    expect(second.pid).toBe(first.pid);
    expect(outputText(second.records).split("\n")).toEqual(["global=False", "env=", "file=False", "cwd=True", "static=static"]);
    expect(second.records.some((r) => r.type === "console")).toBe(false);
  });

  it("starts shared hosts with tiered compilation off, a setting their jobs and the jobs' children do not see", async () => {
    const script = [
      // What the runtime read as it started: the process's initial environment.
      "\"runtime=$(([System.IO.File]::ReadAllText('/proc/self/environ') -split [char]0) -contains 'DOTNET_TieredCompilation=0')\"",
      '"job=$env:DOTNET_TieredCompilation$env:BATON_HOST_RUNTIME_ENV"',
      // .NET on Linux hands a variable removed in-process to children as empty: no value, no setting.
      "\"child=$(@(& /usr/bin/env | Where-Object { $_ -match '^(DOTNET_TieredCompilation|BATON_HOST_RUNTIME_ENV)=.' }).Count)\"",
    ].join("\n");
    const inShared = await runToEnd(runner, shared(script, { runbookName: "Shared-Runtime" }));
    expect(outputText(inShared.records).split("\n")).toEqual(["runtime=True", "job=", "child=0"]);
    const own = await runToEnd(runner, spec(script, { runbookName: "Shared-Runtime" }));
    expect(outputText(own.records).split("\n")).toEqual(["runtime=False", "job=", "child=0"]);
  });

  it("opens each next job's runspace complete, however quickly the last job ended", async () => {
    // A short job ends while its host still opens the next runspace. Resetting the process meanwhile
    // (environment, HOME) once left about 1 runspace in 150 without its modules: no automation cmdlets.
    const quick = createPwshRunner({
      assemblyCache: testAssemblyCache(),
      pwsh: testPwsh(),
      isolation: testIsolation(),
      tempRoot,
      poolSize: 0,
      sharedHostLimits: { maxJobs: 1000, maxAgeMs: 3_600_000, maxWorkingSetBytes: 4 * 1024 ** 3, idleMs: 60_000, maxIdle: 1 },
    });
    const failures: string[] = [];
    try {
      for (let i = 0; i < 800; i++) {
        const run = await runToEnd(quick, shared("$items = foreach ($n in 1..200) { \"item $n\" }\n$items.Count", { runbookName: "Shared-Quick" }));
        if (run.outcome.status !== "completed") failures.push(`job ${i}: ${JSON.stringify(run.outcome)}`);
      }
    } finally {
      await quick.close();
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it("never runs another runbook's job in a runbook's host", async () => {
    const a = await runToEnd(runner, shared("'a'", { runbookName: "Shared-A" }));
    const b = await runToEnd(runner, shared("'b'", { runbookName: "Shared-B" }));
    const again = await runToEnd(runner, shared("'a'", { runbookName: "Shared-A" }));
    const own = await runToEnd(runner, spec("'own'", { runbookName: "Shared-A" }));
    expect(again.pid).toBe(a.pid);
    expect(b.pid).not.toBe(a.pid);
    // A job in its own process never lands in a shared host, even of its runbook.
    expect(own.pid).not.toBe(a.pid);
    // A runbook that took a deleted one's name, or the same runbook with another module set, gets a host of its own.
    const first = await runToEnd(runner, shared("'first'", { runbookId: "rb-1", runbookName: "Shared-Renamed" }));
    const taken = await runToEnd(runner, shared("'taken'", { runbookId: "rb-2", runbookName: "Shared-Renamed" }));
    const modules = await runToEnd(runner, shared("'modules'", { runbookId: "rb-1", runbookName: "Shared-Renamed", modulePaths: [tempRoot] }));
    const again1 = await runToEnd(runner, shared("'again'", { runbookId: "rb-1", runbookName: "Shared-Renamed" }));
    expect(taken.pid).not.toBe(first.pid);
    expect(modules.pid).not.toBe(first.pid);
    expect(again1.pid).toBe(first.pid);
  });

  it("ends the processes a job left running when the job ends", async () => {
    const tag = `600.${process.pid}${Date.now() % 100000}`;
    const run = await runToEnd(runner, shared(`Start-Process -FilePath /bin/sleep -ArgumentList '${tag}'; 'started'`, { runbookName: "Shared-Children" }));
    expect(run.outcome).toEqual({ status: "completed" });
    expect(pidsMatching(`sleep ${tag}`)).toEqual([]);
    expect(isAlive(run.pid)).toBe(true);
  });

  it("masks secrets in console text and keeps each job's token out of the next", async () => {
    const name = { runbookName: "Shared-Token" };
    const first = shared("[System.Console]::WriteLine((& (Get-Module Baton.Automation) { $script:Token }))", name);
    const run = await runToEnd(runner, first);
    expect(run.records.map((r) => r.text).join("\n")).not.toContain(first.automationToken);
    expect(run.records.some((r) => r.type === "console" && r.text.includes("***"))).toBe(true);
    const second = shared(`(& (Get-Module Baton.Automation) { $script:Token }) -eq '${first.automationToken}'`, name);
    const next = await runToEnd(runner, second);
    expect(next.pid).toBe(run.pid);
    expect(outputText(next.records)).toBe("False");
  });

  it("retires a host after a stopped job, after its job limit, and runs the next job in a new one", async () => {
    const name = { runbookName: "Shared-Retire" };
    const records: StreamRecordInput[] = [];
    const job = await runner.start(shared("try { 'started'; Start-Sleep -Seconds 600 } finally { 'cleaned up' }", name), (batch) => records.push(...batch));
    while (!records.some((r) => r.text === "started")) await new Promise((resolve) => setImmediate(resolve));
    job.stop("stop");
    expect(await job.outcome).toEqual({ status: "stopped", reason: "stop" });
    expect(records.map((r) => r.text)).toContain("cleaned up");
    const after = await runToEnd(runner, shared("'next'", name));
    expect(after.pid).not.toBe(job.pid);
    expect(retired).toContain("its last job was stopped or failed in the host");

    const pids = new Set<number>([after.pid]);
    for (let i = 0; i < 4; i++) pids.add((await runToEnd(runner, shared("'next'", name))).pid);
    // Jobs 1–4 ran in the host `after` opened; the fifth needed a new one.
    expect(pids.size).toBe(2);
    expect(retired).toContain("it ran 4 jobs");
  });

  it("reports a runbook's failure, exit code and parameters as a job in its own process does", async () => {
    const name = { runbookName: "Shared-Outcomes" };
    const failed = await runToEnd(runner, shared("throw 'boom'", name));
    expect(failed.outcome).toMatchObject({ status: "failed", error: { message: "boom" } });
    const exited = await runToEnd(runner, shared("exit 3", name));
    expect(exited.outcome).toMatchObject({ status: "failed", exitCode: 3 });
    const bound = await runToEnd(runner, shared("param([int] $N) $N * 2", { ...name, parameters: { N: 21 } }));
    expect(bound.outcome).toEqual({ status: "completed" });
    expect(outputText(bound.records)).toBe("42");
    expect(new Set([failed.pid, exited.pid, bound.pid]).size).toBe(1);
  });
});
