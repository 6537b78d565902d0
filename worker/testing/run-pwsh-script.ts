import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { locatePwsh } from "@/lib/pwsh/locate-pwsh";

const projectRoot = path.resolve(import.meta.dirname, "../..");

export const automationModulePath = path.join(projectRoot, "worker/pwsh/Baton.Automation/Baton.Automation.psd1");

/** Runs a script file in a fresh real pwsh with a minimal environment; resolves with stdout, stderr and the exit code. */
export async function runPwshScript(script: string): Promise<{ stdout: string; stderr: string; code: number }> {
  const pwsh = locatePwsh({ projectRoot, env: { BATON_PWSH: process.env.BATON_PWSH, PATH: process.env.PATH, DOTNET_ROOT: process.env.DOTNET_ROOT } });
  if (!pwsh) throw new Error("pwsh not found (BATON_PWSH, .tools/pwsh, PATH): run npm run setup:pwsh");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "baton-pwsh-"));
  const file = path.join(dir, "script.ps1");
  fs.writeFileSync(file, script);
  // Next's types make NODE_ENV required on ProcessEnv; pwsh gets only what dotnet needs, on purpose.
  const env = { ...pwsh.env, HOME: dir, POWERSHELL_TELEMETRY_OPTOUT: "1", DOTNET_CLI_TELEMETRY_OPTOUT: "1" } as unknown as NodeJS.ProcessEnv;
  try {
    return await new Promise((resolve) => {
      execFile(
        pwsh.command,
        [...pwsh.args, "-NoProfile", "-NonInteractive", "-NoLogo", "-File", file],
        { env, timeout: 120_000, maxBuffer: 16 * 1024 * 1024, encoding: "utf8" },
        (err, stdout, stderr) => resolve({ stdout, stderr, code: err ? Number((err as { code?: number }).code ?? 1) : 0 }),
      );
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
