import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/auth/principal";
import { createCredential } from "@/lib/assets/create-credential";
import { createVariable } from "@/lib/assets/create-variable";
import { routeTarget } from "@/lib/testing/route-target";
import { testKeyRing } from "@/lib/assets/testing/key-rings";
import { createJobWithToken, createPublishedRunbook } from "@/lib/jobs/testing/job-fixtures";
import { startAutomationServer } from "@/app/api/v1/automation/testing/automation-server";
import { maskText } from "@/lib/automation/secret-masker";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createPwshRunner, type PwshRunner } from "./create-pwsh-runner";
import { skipPwsh, testAssemblyCache, testIsolation, testPwsh } from "@/lib/testing/test-pwsh";
import { makeTempRoot, runToEnd, spec } from "@/worker/testing/pwsh-runner-kit";


const admin: Principal = { kind: "user", userId: null, name: "admin", grants: [] };
const password = "credential-secret-456";
/** Quotes, a slash, a plus, a space and a non-ASCII character: its URL- and JSON-encoded forms differ from it. */
const specialPassword = 'sp3cial "pass"/word+€';

/** Regular files only: a pooled host's temp dir holds .NET's diagnostic sockets and FIFOs. */
const filesUnder = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : e.isFile() ? [path.join(dir, e.name)] : []));

// What is under test is the host and runner; the route handlers' behaviour on both database
// providers is covered by worker/pwsh/Baton.Automation/baton-automation.test.ts.
describe.skipIf(skipPwsh)("pwsh runner: automation module and secret masking", () => {
  let t: TestDb;
  let server: Awaited<ReturnType<typeof startAutomationServer>>;
  let runner: PwshRunner;
  let tempRoot: string;
  let runbook: { id: string; versionId: string };

  beforeAll(async () => {
    t = await createTestDb("sqlite");
    routeTarget.db = t.db;
    const ring = testKeyRing();
    routeTarget.ring = ring;
    server = await startAutomationServer();
    runbook = await createPublishedRunbook(t.db, { name: "Masking", content: "'x'" });
    await createVariable(t.db, ring, { name: "Greeting", description: "", type: "string", isEncrypted: false, value: "hello from Baton" }, admin);
    await createCredential(t.db, ring, { name: "Admin", description: "", userName: "CONTOSO\\admin", password }, admin);
    await createCredential(t.db, ring, { name: "Special", description: "", userName: "svc", password: specialPassword }, admin);
    tempRoot = makeTempRoot();
    runner = createPwshRunner({ assemblyCache: testAssemblyCache(), pwsh: testPwsh(), isolation: testIsolation(), tempRoot, poolSize: 1 });
  });
  afterAll(async () => {
    await runner?.close();
    await server?.close();
    await t?.drop();
    if (tempRoot) fs.rmSync(tempRoot, { recursive: true, force: true });
  });

  const jobSpec = async (script: string) => {
    const job = await createJobWithToken(t.db, runbook, "Running");
    return spec(script, { jobId: job.jobId, apiUrl: server.url, automationToken: job.token });
  };

  it("masks a fetched password in every stream, in console text and in the job's error", async () => {
    // The console line comes first and nothing is written on the protocol channel for a second, so
    // only the sync round trip can make the host report the secret before the line is emitted.
    const script = `$pw = (Get-AutomationPSCredential -Name 'Admin').GetNetworkCredential().Password
[Console]::WriteLine("console: $pw")
Start-Sleep -Milliseconds 1000
Write-Output "output: $pw"
Write-Verbose "verbose: $pw"
Write-Warning "warning: $pw"
Write-Error "error: $pw"
Write-Host "host: $pw"
[Console]::Error.WriteLine("stderr: $pw")
Start-Process -FilePath /bin/echo -ArgumentList "native-console: $pw" -NoNewWindow -Wait
/bin/echo "native-output: $pw"
[pscustomobject]@{ User = 'CONTOSO\\admin'; Password = $pw }
throw "failing with $pw"`;
    const run = await runToEnd(runner, await jobSpec(script));
    expect(run.outcome).toMatchObject({ status: "failed", error: { message: `failing with ${maskText}` } });
    expect(JSON.stringify(run.outcome)).not.toContain(password);
    expect(JSON.stringify(run.records)).not.toContain(password);
    expect(run.records.map((r) => r.type)).not.toContain("secret");
    // Invoke-WebRequest's verbose trace holds the response body, written before the secret reaches
    // the sink: the cmdlets must not let it into the job's streams (verbose is on for this job).
    expect(run.records.filter((r) => /WebRequest|WebResponse|web response/.test(r.text)).map((r) => r.text)).toEqual([]);
    const texts = run.records.map((r) => [r.type, r.text]);
    expect(texts).toEqual(
      expect.arrayContaining([
        ["console", `console: ${maskText}`],
        ["output", `output: ${maskText}`],
        ["verbose", `verbose: ${maskText}`],
        ["warning", `warning: ${maskText}`],
        ["error", `Write-Error: error: ${maskText}`],
        ["information", `host: ${maskText}`],
        ["console", `stderr: ${maskText}`],
        ["console", `native-console: ${maskText}`],
        ["output", `native-output: ${maskText}`],
      ]),
    );
    const object = run.records.find((r) => r.type === "output" && (r.data as { json?: string }).json?.includes("Password"));
    expect(JSON.parse((object?.data as { json: string }).json)).toEqual({ User: "CONTOSO\\admin", Password: maskText });
    expect((run.records.find((r) => r.type === "error")?.data as { message: string }).message).toBe(`error: ${maskText}`);
    // The terminating error's record is masked too.
    expect(run.records.at(-1)).toMatchObject({ type: "error", data: { message: `failing with ${maskText}`, terminating: true } });
  });

  it("masks the common encodings of a fetched password too, but not a substring of it", async () => {
    const script = `$pw = (Get-AutomationPSCredential -Name 'Special').GetNetworkCredential().Password
"utf8: $([Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($pw)))"
"unicode: $([Convert]::ToBase64String([Text.Encoding]::Unicode.GetBytes($pw)))"
"url: $([uri]::EscapeDataString($pw))"
"json: $(@{ Password = $pw } | ConvertTo-Json -Compress)"
"upper: $($pw.ToUpper())"
Write-Warning "lower: $($pw.ToLower())"
"basic: Basic $([Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes("svc:$pw")))"
"substring: $($pw.Substring(0, 6))"`;
    const run = await runToEnd(runner, await jobSpec(script));
    expect(run.outcome).toEqual({ status: "completed" });
    const texts = run.records.map((r) => r.text);
    expect(texts.slice(0, 6)).toEqual([`utf8: ${maskText}`, `unicode: ${maskText}`, `url: ${maskText}`, `json: {"Password":"${maskText}"}`, `upper: ${maskText}`, `lower: ${maskText}`]);
    // Inside a longer Base64 text only the characters that depend on the password alone can be masked.
    const basic = Buffer.from(`svc:${specialPassword}`).toString("base64");
    expect(texts[6]).toMatch(new RegExp(`^basic: Basic ${basic.slice(0, 4)}[A-Za-z0-9+/]{0,4}\\*\\*\\*[A-Za-z0-9+/=]{0,4}$`));
    // What Baton cannot recognise: a transformation it does not know, such as a substring.
    expect(texts[7]).toBe(`substring: ${specialPassword.slice(0, 6)}`);
    for (const encoded of [Buffer.from(specialPassword).toString("base64"), encodeURIComponent(specialPassword), specialPassword.toUpperCase()]) {
      expect(JSON.stringify(run.records)).not.toContain(encoded);
    }
  });

  it("gives the runbook its assets but its token only inside the module, never on disk or in the environment", async () => {
    // Regular files only: .NET keeps its diagnostic FIFOs and sockets in TMPDIR, and reading a FIFO blocks.
    const script = `$pattern = 'bjt_[A-Za-z0-9_-]{20}'
$files = @(Get-ChildItem -LiteralPath $env:TMPDIR -Recurse -File -Force | Where-Object UnixMode -like '-*')
[pscustomobject]@{
  Greeting = Get-AutomationVariable -Name 'Greeting'
  EnvHits = @(Get-ChildItem env: | Where-Object { "$($_.Value)" -match $pattern } | ForEach-Object Name)
  ProcessEnvironment = [System.IO.File]::ReadAllText("/proc/$PID/environ") -match $pattern
  ProcessCommandLine = [System.IO.File]::ReadAllText("/proc/$PID/cmdline") -match $pattern
  Variables = @(Get-Variable | Where-Object { "$($_.Value)" -match $pattern -or ($_.Value | Out-String -Width 4096) -match $pattern } | ForEach-Object Name)
  History = @(Get-History).Count
  Files = @($files | ForEach-Object FullName)
  FileHits = @($files | Where-Object { [System.IO.File]::ReadAllText($_.FullName) -match $pattern } | ForEach-Object Name)
  InModuleScope = (& (Get-Module Baton.Automation) { $script:Token }) -match $pattern
  Home = $env:HOME
}
"token: $(& (Get-Module Baton.Automation) { $script:Token })"`;
    const jobSpecWithToken = await jobSpec(script);
    const run = await runToEnd(runner, jobSpecWithToken);
    expect(run.outcome).toEqual({ status: "completed" });
    const value = JSON.parse((run.records[0].data as { json: string }).json);
    expect(value).toMatchObject({ Greeting: "hello from Baton", EnvHits: [], ProcessEnvironment: false, ProcessCommandLine: false, Variables: [], History: 0, FileHits: [], InModuleScope: true });
    // The host writes only the runbook's script to the job's temp dir. PowerShell itself may save its
    // module analysis cache under .cache/powershell a few seconds into a job (FileHits covers it too).
    const files = value.Files.map((f: string) => path.relative(value.Home, f)).filter((f: string) => !f.startsWith(".cache/powershell/"));
    expect(files).toEqual(["Test-Runbook.ps1"]);
    // Printing the token (the runbook can always read it) publishes only the mask.
    expect(run.records[1].text).toBe(`token: ${maskText}`);
    expect(fs.existsSync(value.Home)).toBe(false);
    for (const file of filesUnder(tempRoot)) expect(fs.readFileSync(file).includes(jobSpecWithToken.automationToken), file).toBe(false);
  });

  it("fails the job, without showing the token, when the module cannot be initialised", async () => {
    const token = "not-a-job-token-0123456789";
    const run = await runToEnd(runner, spec("'never runs'", { automationToken: token }));
    expect(run.outcome).toMatchObject({ status: "failed", error: { message: expect.stringMatching(/^The Baton automation module could not be initialised: /), type: "Baton.AutomationInitializationError" } });
    expect(JSON.stringify(run.outcome)).not.toContain(token);
    expect(run.records).toEqual([]);
  });

  it("runs automation cmdlets on a pooled host whose runspace opened before the spec, and without a pool", async () => {
    // The pool's host has opened its runspace, module included, before the job arrives.
    expect(await runner.poolReady()).toBe(true);
    const warm = await runToEnd(runner, await jobSpec("Get-AutomationVariable -Name 'Greeting'"));
    expect(warm.outcome).toEqual({ status: "completed" });
    expect(warm.records.map((r) => r.text)).toEqual(["hello from Baton"]);
    const cold = createPwshRunner({ assemblyCache: testAssemblyCache(), pwsh: testPwsh(), isolation: testIsolation(), tempRoot, poolSize: 0 });
    const coldRun = await runToEnd(cold, await jobSpec("Get-AutomationVariable -Name 'Greeting'"));
    await cold.close();
    expect(coldRun.records.map((r) => r.text)).toEqual(["hello from Baton"]);
  });
});
