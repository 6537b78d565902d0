import path from "node:path";
import { installPwsh } from "./install-pwsh";
import { locatePwsh, machineEnv, whichSync } from "./locate-pwsh";
import { precompilePwsh } from "./precompile-pwsh";
import type { PwshCommand, PwshLookupEnv } from "./pwsh-command";

export interface EnsurePwshOptions {
  projectRoot: string;
  configured?: string;
  env?: PwshLookupEnv;
  log?: (line: string) => void;
}

/**
 * Locates PowerShell, installing the .NET tool into `.tools/pwsh` when none is found and dotnet
 * exists. The project's own copy is compiled ahead of time (lib/pwsh/precompile-pwsh.ts) once.
 */
export async function ensurePwsh({ projectRoot, configured, env = machineEnv(), log = () => {} }: EnsurePwshOptions): Promise<PwshCommand> {
  const found = locatePwsh({ projectRoot, configured, env });
  if (found) return found.source === "project" ? precompiled(found, log) : found;
  const dotnet = (env.DOTNET_ROOT && path.join(env.DOTNET_ROOT, "dotnet")) || whichSync("dotnet", env.PATH);
  if (!dotnet) {
    throw new Error("PowerShell was not found (BATON_PWSH, .tools/pwsh, PATH) and there is no dotnet to install it with: install the .NET SDK 8, 9 or 10, or set BATON_PWSH.");
  }
  const installed = await installPwsh({ projectRoot, dotnet, log });
  log(`installed PowerShell ${installed.version}: ${installed.dll}`);
  const pwsh = locatePwsh({ projectRoot, env });
  if (!pwsh) throw new Error(`PowerShell was installed but cannot be located under ${path.join(projectRoot, ".tools", "pwsh")}.`);
  return precompiled(pwsh, log);
}

/** The project's pwsh (run as `dotnet pwsh.dll`) after ahead-of-time compilation; without it when that fails. */
async function precompiled(pwsh: PwshCommand, log: (line: string) => void): Promise<PwshCommand> {
  try {
    await precompilePwsh({ dotnet: pwsh.command, pwshDir: path.dirname(pwsh.path), log });
  } catch (error) {
    // Slower to start, but the same PowerShell: worth a warning, not a failed setup.
    log(`warning: PowerShell stays JIT-compiled (each process start costs ~1 CPU-s more): ${error instanceof Error ? error.message : String(error)}`);
  }
  return pwsh;
}
