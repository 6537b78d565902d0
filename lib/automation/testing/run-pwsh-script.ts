import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const projectRoot = path.resolve(import.meta.dirname, "../../..");

/** The real pwsh.dll of the project's PowerShell tool (the shim would add a second process). */
export function findPwshDll(): string {
  const store = path.join(projectRoot, ".tools/pwsh/.store/powershell");
  const found: string[] = [];
  const walk = (dir: string, depth: number) => {
    if (depth > 8 || !fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full, depth + 1);
      else if (entry.name === "pwsh.dll" && full.includes(`${path.sep}unix${path.sep}`)) found.push(full);
    }
  };
  walk(store, 0);
  if (found.length === 0) throw new Error(`pwsh.dll not found under ${store}: run npm run setup:pwsh`);
  return found.sort().at(-1)!;
}

/** Runs a script file in a fresh pwsh with a minimal environment; resolves with stdout, stderr and the exit code. */
export async function runPwshScript(script: string): Promise<{ stdout: string; stderr: string; code: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "baton-pwsh-"));
  const file = path.join(dir, "script.ps1");
  fs.writeFileSync(file, script);
  try {
    return await new Promise((resolve) => {
      execFile(
        "dotnet",
        [findPwshDll(), "-NoProfile", "-NonInteractive", "-NoLogo", "-File", file],
        {
          env: { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: dir, DOTNET_CLI_TELEMETRY_OPTOUT: "1", POWERSHELL_TELEMETRY_OPTOUT: "1", ...(process.env.DOTNET_ROOT ? { DOTNET_ROOT: process.env.DOTNET_ROOT } : {}) },
          timeout: 120_000,
          maxBuffer: 16 * 1024 * 1024,
        },
        (err, stdout, stderr) => resolve({ stdout, stderr, code: err ? ((err as { code?: number }).code ?? 1) : 0 }),
      );
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export const automationModulePath = path.join(projectRoot, "worker/pwsh/Baton.Automation/Baton.Automation.psd1");
