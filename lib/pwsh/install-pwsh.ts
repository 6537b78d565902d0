import path from "node:path";
import { choosePowershellVersions, listNetCoreMajors } from "./dotnet-runtimes";
import { findToolDll } from "./find-tool-dll";
import { runCommand } from "./run-command";

export interface InstallPwshOptions {
  projectRoot: string;
  /** Path of the dotnet executable. */
  dotnet: string;
  log?: (line: string) => void;
}

export interface InstalledPwsh {
  dll: string;
  version: string;
}

/**
 * Installs the PowerShell .NET tool into `<projectRoot>/.tools/pwsh`, choosing the release line that
 * matches the newest installed .NET runtime. Tries a floating patch version first (the package mirror
 * carries only some patches), then known published versions.
 */
export async function installPwsh({ projectRoot, dotnet, log = () => {} }: InstallPwshOptions): Promise<InstalledPwsh> {
  const toolPath = path.join(projectRoot, ".tools", "pwsh");
  const majors = await listNetCoreMajors(dotnet);
  const choice = choosePowershellVersions(majors);
  if (!choice) {
    throw new Error(
      `No PowerShell build matches the installed .NET runtimes (${majors.join(", ") || "none"}); install .NET 8, 9 or 10 (Microsoft.NETCore.App).`,
    );
  }
  const failures: string[] = [];
  for (const version of [choice.floating, ...choice.pinned]) {
    log(`Installing PowerShell ${version} for .NET ${choice.runtime} into ${toolPath}`);
    try {
      await runCommand(dotnet, ["tool", "install", "PowerShell", "--version", version, "--tool-path", toolPath]);
      const installed = findToolDll(toolPath);
      if (installed) return installed;
      failures.push(`dotnet reported success for ${version} but no pwsh.dll appeared under ${toolPath}/.store`);
    } catch (error) {
      failures.push(error instanceof Error ? error.message : String(error));
    }
  }
  throw new Error(`Could not install PowerShell:\n\n${failures.join("\n\n")}`);
}
