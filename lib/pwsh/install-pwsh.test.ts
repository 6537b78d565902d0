import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { installPwsh } from "./install-pwsh";
import { locatePwsh, whichSync } from "./locate-pwsh";

const skipPwsh = process.env.BATON_TEST_SKIP_PWSH === "1";

describe.skipIf(skipPwsh)("installPwsh", () => {
  it("installs the PowerShell tool matching the .NET runtime into a project", async () => {
    const dotnet = whichSync("dotnet", process.env.PATH);
    if (!dotnet) throw new Error("dotnet not found on PATH; set BATON_TEST_SKIP_PWSH=1 on machines without it");
    const projectRoot = fs.mkdtempSync(path.join(os.tmpdir(), "baton-install-"));
    try {
      const lines: string[] = [];
      const installed = await installPwsh({ projectRoot, dotnet, log: (l) => lines.push(l) });
      expect(installed.dll.startsWith(path.join(projectRoot, ".tools/pwsh/.store/powershell"))).toBe(true);
      expect(lines[0]).toMatch(/^Installing PowerShell 7\.\d\.\* for \.NET \d+ into /);
      expect(locatePwsh({ projectRoot, env: { PATH: process.env.PATH } })).toMatchObject({ source: "project", version: installed.version });
    } finally {
      fs.rmSync(projectRoot, { recursive: true, force: true });
    }
  }, 300_000);

  it("names the failing command and its output", async () => {
    const projectRoot = fs.mkdtempSync(path.join(os.tmpdir(), "baton-install-"));
    try {
      await expect(installPwsh({ projectRoot, dotnet: "/bin/false" })).rejects.toThrow(/Command failed: \/bin\/false --list-runtimes/);
    } finally {
      fs.rmSync(projectRoot, { recursive: true, force: true });
    }
  });
});
