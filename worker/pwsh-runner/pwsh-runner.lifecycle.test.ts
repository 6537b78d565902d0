import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StreamRecordInput } from "@/lib/jobs/stream-types";
import { createPwshRunner, type PwshRunner } from "./create-pwsh-runner";
import { skipPwsh, testAssemblyCache, testIsolation, testPwsh } from "@/lib/testing/test-pwsh";
import { isAlive, makeTempRoot, pidsMatching, runToEnd, spec } from "@/worker/testing/pwsh-runner-kit";

const waitFor = async (check: () => boolean, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 50));
  }
};

describe.skipIf(skipPwsh)("pwsh runner: stop, isolation, pool", () => {
  let runner: PwshRunner;
  let tempRoot: string;
  beforeAll(() => {
    tempRoot = makeTempRoot();
    runner = createPwshRunner({ assemblyCache: testAssemblyCache(), pwsh: testPwsh(), isolation: testIsolation(), tempRoot, poolSize: 2, stopGraceMs: 1500 });
  });
  afterAll(async () => {
    await runner.close();
    fs.rmSync(tempRoot, { recursive: true, force: true });
  });

  it("stops a sleeping job gracefully so its finally block runs", async () => {
    const records: StreamRecordInput[] = [];
    const job = await runner.start(
      spec(`try { 'started'; Start-Sleep -Seconds 600 } finally { 'cleaned up' }`),
      (batch) => records.push(...batch),
    );
    await waitFor(() => records.some((r) => r.text === "started"), 60_000);
    job.stop("stop");
    expect(await job.outcome).toEqual({ status: "stopped", reason: "stop" });
    expect(records.map((r) => r.text)).toContain("cleaned up");
    expect(isAlive(job.pid)).toBe(false);
  });

  it("kills the process group of a job that ignores stop, leaving no orphans", async () => {
    // A unique duration makes the native sleep findable in /proc.
    const tag = `600.${process.pid}${Date.now() % 100000}`;
    const records: StreamRecordInput[] = [];
    // The native sleep keeps running in the background; the .NET sleep cannot be interrupted by Stop().
    const job = await runner.start(
      spec(`Start-Process -FilePath /bin/sleep -ArgumentList '${tag}'; 'started'; [System.Threading.Thread]::Sleep(600000)`),
      (batch) => records.push(...batch),
    );
    await waitFor(() => records.some((r) => r.text === "started") && pidsMatching(`sleep ${tag}`).length > 0, 60_000);
    const stoppedAt = performance.now();
    job.stop("timeout");
    expect(await job.outcome).toEqual({ status: "stopped", reason: "timeout" });
    const elapsed = performance.now() - stoppedAt;
    // The grace period is honoured before the group is killed; the kill itself ends a 600 s sleep.
    expect(elapsed).toBeGreaterThanOrEqual(1400);
    expect(isAlive(job.pid)).toBe(false);
    expect(pidsMatching(`sleep ${tag}`)).toEqual([]);
  });

  it("reports a host that dies without a result", async () => {
    const run = await runToEnd(runner, spec("[Console]::Error.WriteLine('about to die'); [Environment]::Exit(7)"));
    expect(run.outcome).toEqual({ status: "failed", error: { message: expect.stringMatching(/^PowerShell host exited unexpectedly \(code 7, signal null\): about to die/) } });
  });

  it("gives the job a cleared environment and its own private temp dir, removed afterwards", async () => {
    const script = `[pscustomobject]@{
  DatabaseUrl = "$env:DATABASE_URL"; Secret = "$env:BATON_SECRET"; Home = $env:HOME; Tmp = $env:TMPDIR
  Names = @(Get-ChildItem env: | ForEach-Object Name | Sort-Object)
  Mode = (Get-Item -LiteralPath $env:HOME).UnixMode; Cwd = (Get-Location).Path
}`;
    const run = await runToEnd(runner, spec(script));
    expect(run.outcome).toEqual({ status: "completed" });
    const value = JSON.parse(((run.records.find((r) => r.type === "output")?.data ?? {}) as { json: string }).json);
    expect(value.DatabaseUrl).toBe("");
    expect(value.Secret).toBe("");
    expect(value.Home.startsWith(`${tempRoot}/job-`)).toBe(true);
    expect(value.Tmp).toBe(value.Home);
    expect(value.Cwd).toBe(value.Home);
    expect(value.Mode).toBe("drwx------");
    for (const name of value.Names as string[]) expect(name).toMatch(/^(PATH|HOME|TMPDIR|PWD|TERM|PSModulePath|POWERSHELL_.*|DOTNET_.*|PS.*)$/);
    expect(fs.existsSync(value.Home)).toBe(false);
  });

  // How much sooner a warm pool starts a job is measured by `npm run bench` (enqueue → first output).
  it("runs a job on a pooled process that opened its runspace before the job arrived, and without a pool", async () => {
    expect(await runner.poolReady()).toBe(true);
    const warm = await runToEnd(runner, spec("'hello'"));
    expect(warm.outcome).toEqual({ status: "completed" });
    expect(warm.records.map((r) => r.text)).toEqual(["hello"]);
    const cold = createPwshRunner({ assemblyCache: testAssemblyCache(), pwsh: testPwsh(), isolation: testIsolation(), tempRoot, poolSize: 0 });
    const coldRun = await runToEnd(cold, spec("'hello'"));
    await cold.close();
    expect(coldRun.outcome).toEqual({ status: "completed" });
    expect(coldRun.records.map((r) => r.text)).toEqual(["hello"]);
  });

  it("leaves no host processes after close", async () => {
    const scratchRoot = makeTempRoot();
    const pooled = createPwshRunner({ pwsh: testPwsh(), isolation: testIsolation(), tempRoot: scratchRoot, poolSize: 2 });
    expect(await pooled.poolReady()).toBe(true);
    // Each sandboxed host is prlimit/bwrap, bubblewrap's init inside the namespace, and pwsh: all carry the path.
    expect(pidsMatching(`${scratchRoot}/host-assembly`).length).toBeGreaterThanOrEqual(2);
    await pooled.close();
    expect(pidsMatching(`${scratchRoot}/host-assembly`)).toEqual([]);
    expect(fs.readdirSync(scratchRoot).filter((name) => name.startsWith("job-"))).toEqual([]);
    fs.rmSync(scratchRoot, { recursive: true, force: true });
  });
});
