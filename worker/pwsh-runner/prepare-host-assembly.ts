import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { runCommand } from "@/lib/pwsh/run-command";
import type { PwshCommand } from "@/lib/pwsh/pwsh-command";

const importScript = path.resolve(import.meta.dirname, "..", "pwsh", "import-host-assembly.ps1");

/**
 * Compiles the host's C# record collector into the assembly cache as the worker itself, before the
 * pool starts, and leaves the cache read-only to jobs: were jobs to write it, one job could plant an
 * assembly that the next job's host loads. Only Baton's own script runs here, with a clean environment.
 */
export async function prepareHostAssembly(pwsh: PwshCommand, cacheDir: string): Promise<void> {
  fs.mkdirSync(cacheDir, { recursive: true, mode: 0o755 });
  fs.chmodSync(cacheDir, 0o755);
  const program = `. '${importScript.replace(/'/g, "''")}'; Import-BatonHostAssembly -CacheDirectory $env:BATON_ASSEMBLY_CACHE`;
  const home = fs.mkdtempSync(path.join(os.tmpdir(), "baton-assembly-"));
  try {
    await runCommand(pwsh.command, [...pwsh.args, "-NoProfile", "-NonInteractive", "-NoLogo", "-Command", program], 120_000, {
      ...pwsh.env,
      HOME: home,
      TMPDIR: home,
      BATON_ASSEMBLY_CACHE: cacheDir,
      POWERSHELL_TELEMETRY_OPTOUT: "1",
      POWERSHELL_UPDATECHECK: "Off",
      DOTNET_CLI_TELEMETRY_OPTOUT: "1",
      DOTNET_NOLOGO: "1",
    });
  } finally {
    fs.rmSync(home, { recursive: true, force: true });
  }
}
