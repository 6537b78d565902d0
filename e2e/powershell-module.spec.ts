import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { locatePwsh } from "@/lib/pwsh/locate-pwsh";
import { signIn } from "./fixtures";

const root = path.resolve(import.meta.dirname, "..");
const moduleDir = path.join(root, "powershell", "Baton");
const script = path.join(moduleDir, "tests", "RoundTrip.Tests.ps1");

interface PwshRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runPwsh(args: string[], env: Record<string, string>): Promise<PwshRun> {
  const pwsh = locatePwsh({ projectRoot: root });
  if (!pwsh) throw new Error("No PowerShell found: install it into .tools/pwsh or set BATON_PWSH");
  const options = {
    // Next's type augmentation makes NODE_ENV required in ProcessEnv; pwsh must not get it.
    env: { ...pwsh.env, HOME: process.env.HOME ?? "/tmp", POWERSHELL_TELEMETRY_OPTOUT: "1", ...env } as Record<string, string> as NodeJS.ProcessEnv,
    timeout: 240_000,
    maxBuffer: 16 * 1024 * 1024,
  };
  return new Promise((resolve) => {
    execFile(pwsh.command, [...pwsh.args, "-NoLogo", "-NoProfile", "-NonInteractive", ...args], options, (error, stdout, stderr) => {
      // A non-zero exit is a result to report, not a failure to run.
      const code = error ? (typeof error.code === "number" ? error.code : null) : 0;
      resolve({ code, stdout, stderr: error && code === null ? `${stderr}\n${error.message}` : stderr });
    });
  });
}

async function issueToken(page: Page): Promise<string> {
  const issued = await page.request.post("/api/v1/tokens", { data: { name: "PowerShell module e2e", expiresInDays: 1 } });
  expect(issued.status()).toBe(201);
  return ((await issued.json()) as { token: string }).token;
}

test("the Baton PowerShell module manages runbooks, jobs, assets and workers on the running server", async ({ page, browser, baseURL }) => {
  test.setTimeout(300_000);
  await signIn(page);
  const token = await issueToken(page);

  // A Reader's token, to see the module turn a 403 into PermissionDenied.
  const reader = { username: `ps-reader-${Date.now().toString(36)}`, password: "a reader's long passphrase" };
  const user = await page.request.post("/api/v1/users", { data: { username: reader.username, displayName: "PowerShell reader", password: reader.password } });
  expect(user.status()).toBe(201);
  const { id: userId } = (await user.json()) as { id: string };
  expect((await page.request.post("/api/v1/role-assignments", { data: { role: "Reader", userId } })).status()).toBe(201);
  const readerContext = await browser.newContext({ baseURL });
  const readerPage = await readerContext.newPage();
  await signIn(readerPage, reader);
  const readerToken = await issueToken(readerPage);
  await readerContext.close();

  // The schedule cmdlets are exercised once the schedules API is part of the build under test.
  const hasSchedules = fs.existsSync(path.join(root, "app", "api", "v1", "schedules", "route.ts"));
  const run = await runPwsh(["-File", script, "-Url", baseURL!, ...(hasSchedules ? ["-ExpectSchedules"] : [])], { BATON_TOKEN: token, BATON_READER_TOKEN: readerToken });
  const lastLine = run.stdout.trim().split("\n").at(-1) ?? "";
  const summary = JSON.parse(lastLine) as { passed: string[]; failed: string | null; suffix: string };
  expect(summary.failed, `${run.stdout}\n${run.stderr}`).toBeNull();
  expect(run.code).toBe(0);
  expect(summary.passed).toEqual(
    expect.arrayContaining([
      "module manifest is valid and exports every command with help",
      "Connect-Baton rejects a bad token, an unreachable URL and plain http to another host",
      "Start-BatonRunbook -Wait returns the output objects",
      "Connect-Baton takes SMA's -WebServiceEndpoint and -Port",
      "piping jobs to Get-BatonJob selects those jobs; piping a runbook lists its jobs",
      "Stop-BatonJob stops a long-running job; Suspend/Resume continue from a checkpoint",
      "Set-/Get-/Remove-BatonVariable with types, -WhatIf and encryption",
      "Remove-BatonCredential honours -WhatIf and -Force for a credential a runbook uses",
      "New-, Get- and Remove-BatonConnection, secrets kept back",
      "Import-, Get- and Remove-BatonCertificate with a .pfx and a .cer",
      "SMA aliases work with SMA parameter names",
      "the classic SMA script: Start-SmaRunbook returns the job id; jobs and output carry SMA's property names",
      "default table views fit an 80-column console",
      "a Reader's token reads but cannot write: PermissionDenied",
      "errors: not found, invalid input, duplicates; Remove-BatonRunbook honours -WhatIf",
    ]),
  );
  if (hasSchedules) expect(summary.passed).toContain("New-BatonSchedule -RunbookName, Register-BatonScheduledRunbook, Get- and Remove-BatonSchedule");

  // The server agrees: the runbooks the script created (named with its suffix) were removed by it.
  const left = (await (await page.request.get(`/api/v1/runbooks?search=${summary.suffix}`)).json()) as { items: unknown[] };
  expect(left.items).toEqual([]);
  // And so were the credentials, connections and certificates it made.
  for (const collection of ["credentials", "connections", "certificates"]) {
    const assets = (await (await page.request.get(`/api/v1/${collection}?limit=200`)).json()) as { items: { name: string }[] };
    expect(assets.items.filter((a) => a.name.includes(summary.suffix)), collection).toEqual([]);
  }
});
