import type { PwshCommand } from "@/lib/pwsh/pwsh-command";

/**
 * The whole environment of a job's pwsh process. It starts empty: the worker's DATABASE_URL,
 * BATON_SECRET and everything else it holds must never reach runbook code or its native children.
 */
export function buildHostEnv(pwsh: PwshCommand, tempDir: string, modulePath: string | undefined): Record<string, string> {
  const env: Record<string, string> = {
    ...pwsh.env,
    HOME: tempDir,
    TMPDIR: tempDir,
    POWERSHELL_TELEMETRY_OPTOUT: "1",
    POWERSHELL_UPDATECHECK: "Off",
    DOTNET_CLI_TELEMETRY_OPTOUT: "1",
    DOTNET_NOLOGO: "1",
  };
  if (modulePath) env.PSModulePath = modulePath;
  return env;
}
