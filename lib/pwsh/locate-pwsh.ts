import fs from "node:fs";
import path from "node:path";
import { findToolDll } from "./find-tool-dll";
import type { PwshCommand, PwshLookupEnv } from "./pwsh-command";

export { measurePwshColdStart } from "./measure-cold-start";

export interface LocatePwshOptions {
  /** Repository root; its `.tools/pwsh` is the project's own install. */
  projectRoot: string;
  /** BATON_PWSH: a pwsh executable or a pwsh.dll. */
  configured?: string;
  /** PATH and DOTNET_ROOT; defaults to this process's, which describe the machine, not Baton's settings. */
  env?: PwshLookupEnv;
}

/**
 * Finds PowerShell: `BATON_PWSH` (a pwsh executable or a pwsh.dll), then the project's `.tools/pwsh`,
 * then `pwsh` on PATH. A dotnet-tool shim is resolved to its pwsh.dll so that signals reach the
 * process that runs the job. Returns undefined when none is found; throws when BATON_PWSH is wrong,
 * because a misconfigured override must not silently fall back to another PowerShell.
 */
export function locatePwsh({ projectRoot, configured, env = machineEnv() }: LocatePwshOptions): PwshCommand | undefined {
  const baseEnv = dotnetEnv(env);
  configured ??= env.BATON_PWSH;
  if (configured) {
    // The path is the operator's setting, not a project file: keep Next's output tracing off it.
    const target = path.resolve(/*turbopackIgnore: true*/ configured);
    if (!fs.existsSync(/*turbopackIgnore: true*/ target)) throw new Error(`BATON_PWSH points to ${target}, which does not exist.`);
    return fromPath(target, "env", env, baseEnv);
  }
  const project = findToolDll(path.join(projectRoot, ".tools", "pwsh"));
  if (project) return dllCommand(project.dll, "project", env, baseEnv, project.version);
  const onPath = whichSync("pwsh", env.PATH);
  return onPath ? fromPath(onPath, "path", env, baseEnv) : undefined;
}

function fromPath(file: string, source: PwshCommand["source"], env: PwshLookupEnv, baseEnv: Record<string, string>): PwshCommand {
  if (file.endsWith(".dll")) return dllCommand(file, source, env, baseEnv, versionFromDllPath(file));
  const real = fs.realpathSync(file);
  // A dotnet-tool install puts the shim next to a .store folder; run the real pwsh.dll instead.
  const tool = findToolDll(path.dirname(real));
  if (tool) return dllCommand(tool.dll, source, env, baseEnv, tool.version);
  return { command: real, args: [], source, path: real, env: baseEnv };
}

function dllCommand(dll: string, source: PwshCommand["source"], env: PwshLookupEnv, baseEnv: Record<string, string>, version?: string): PwshCommand {
  const dotnet = (env.DOTNET_ROOT && existingFile(path.join(env.DOTNET_ROOT, "dotnet"))) || whichSync("dotnet", env.PATH);
  if (!dotnet) throw new Error(`Found ${dll} but no dotnet executable to run it (set DOTNET_ROOT or add dotnet to PATH).`);
  return { command: dotnet, args: [dll], source, path: dll, version, env: baseEnv };
}

function versionFromDllPath(dll: string): string | undefined {
  return /[\\/]powershell[\\/](\d+\.\d+\.\d+[^\\/]*)[\\/]tools[\\/]/i.exec(dll)?.[1];
}

export function machineEnv(): PwshLookupEnv {
  return { PATH: process.env.PATH, DOTNET_ROOT: process.env.DOTNET_ROOT };
}

function dotnetEnv(env: PwshLookupEnv): Record<string, string> {
  const out: Record<string, string> = { PATH: env.PATH || "/usr/local/bin:/usr/bin:/bin" };
  if (env.DOTNET_ROOT) out.DOTNET_ROOT = env.DOTNET_ROOT;
  return out;
}

export function whichSync(name: string, pathEnv: string | undefined): string | undefined {
  for (const dir of (pathEnv ?? "").split(path.delimiter)) {
    if (!dir) continue;
    const file = existingFile(path.join(dir, name));
    if (file) return file;
  }
  return undefined;
}

function existingFile(file: string): string | undefined {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}
