import path from "node:path";
import { installPwsh } from "./install-pwsh";
import { locatePwsh, machineEnv, whichSync } from "./locate-pwsh";
import type { PwshCommand, PwshLookupEnv } from "./pwsh-command";

export interface EnsurePwshOptions {
  projectRoot: string;
  configured?: string;
  env?: PwshLookupEnv;
  log?: (line: string) => void;
}

/** Locates PowerShell, installing the .NET tool into `.tools/pwsh` when none is found and dotnet exists. */
export async function ensurePwsh({ projectRoot, configured, env = machineEnv(), log = () => {} }: EnsurePwshOptions): Promise<PwshCommand> {
  const found = locatePwsh({ projectRoot, configured, env });
  if (found) return found;
  const dotnet = (env.DOTNET_ROOT && path.join(env.DOTNET_ROOT, "dotnet")) || whichSync("dotnet", env.PATH);
  if (!dotnet) {
    throw new Error("PowerShell was not found (BATON_PWSH, .tools/pwsh, PATH) and there is no dotnet to install it with: install the .NET SDK 8, 9 or 10, or set BATON_PWSH.");
  }
  const installed = await installPwsh({ projectRoot, dotnet, log });
  log(`installed PowerShell ${installed.version}: ${installed.dll}`);
  const pwsh = locatePwsh({ projectRoot, env });
  if (!pwsh) throw new Error(`PowerShell was installed but cannot be located under ${path.join(projectRoot, ".tools", "pwsh")}.`);
  return pwsh;
}
