import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { hasReadyToRunCode } from "./ready-to-run-image";
import { runCommand } from "./run-command";

/**
 * The assemblies every job's pwsh loads on its way to the first record (measured: the host, its
 * formatter, JSON, the Utility, Management and Security modules), and Roslyn, with which Add-Type
 * compiles Baton's host and helper C# at each worker's and web process's start. The PowerShell .NET
 * tool ships them as IL only, so each process JIT-compiled them afresh: ~1.2 CPU-s per
 * `pwsh -Command 1`, and Add-Type of the host's sources another ~3.5.
 */
export const hotAssemblies = [
  "pwsh",
  "System.Management.Automation",
  "Microsoft.PowerShell.ConsoleHost",
  "Microsoft.PowerShell.Commands.Utility",
  "Microsoft.PowerShell.Commands.Management",
  "Microsoft.PowerShell.Security",
  "Microsoft.PowerShell.MarkdownRender",
  "Microsoft.ApplicationInsights",
  "Newtonsoft.Json",
  "Microsoft.CodeAnalysis",
  "Microsoft.CodeAnalysis.CSharp",
];

export interface PrecompileOptions {
  dotnet: string;
  /** The folder holding pwsh.dll and its assemblies (the .NET tool's `tools/<tfm>/any/unix`). */
  pwshDir: string;
  log?: (line: string) => void;
}

/**
 * Compiles PowerShell's hot assemblies ahead of time (ReadyToRun, with crossgen2 from NuGet as the
 * .NET SDK itself uses it for PublishReadyToRun), in place. An assembly that already carries native
 * code is left alone, so running it again costs a few header reads. The code stays valid across the
 * runtime's patch releases (each assembly is its own version bubble), and an R2R image keeps its IL,
 * so a runtime that cannot use the native code JIT-compiles as before. Returns what it compiled.
 */
export async function precompilePwsh({ dotnet, pwshDir, log = () => {} }: PrecompileOptions): Promise<string[]> {
  const todo = hotAssemblies.filter((name) => {
    const file = path.join(pwshDir, `${name}.dll`);
    return fs.existsSync(file) && !hasReadyToRunCode(file);
  });
  if (todo.length === 0) return [];
  const runtime = await newestNetCoreRuntime(dotnet, majorOfPwsh(pwshDir));
  log(`Compiling ${todo.length} PowerShell assemblies ahead of time for .NET ${runtime.version} (ReadyToRun; about a minute, once)`);
  const crossgen = await restoreCrossgen(dotnet, runtime.major);
  const references = [path.join(runtime.dir, "*.dll"), path.join(pwshDir, "*.dll")];
  for (const name of todo) {
    const target = path.join(pwshDir, `${name}.dll`);
    const temp = path.join(pwshDir, `.${name}.r2r-${process.pid}.dll`);
    try {
      await runCommand(crossgen, [target, ...references.flatMap((r) => ["-r", r]), "--targetos", "linux", "--targetarch", crossgenArch(), "-O", "-o", temp]);
      fs.renameSync(temp, target);
    } finally {
      fs.rmSync(temp, { force: true });
    }
  }
  return todo;
}

/** The .NET major pwsh.dll runs on, from its runtimeconfig (net10.0 → 10). */
function majorOfPwsh(pwshDir: string): number {
  const config = JSON.parse(fs.readFileSync(path.join(pwshDir, "pwsh.runtimeconfig.json"), "utf8")) as {
    runtimeOptions?: { tfm?: string; framework?: { version?: string }; frameworks?: Array<{ name: string; version: string }> };
  };
  const options = config.runtimeOptions ?? {};
  const version = options.framework?.version ?? options.frameworks?.find((f) => f.name === "Microsoft.NETCore.App")?.version ?? options.tfm?.replace(/^net/, "");
  const major = Number(version?.split(".")[0]);
  if (!Number.isInteger(major)) throw new Error(`Cannot tell which .NET pwsh runs on from ${path.join(pwshDir, "pwsh.runtimeconfig.json")}`);
  return major;
}

/** The runtime pwsh rolls forward to (the newest patch of its major) and its folder of assemblies. */
async function newestNetCoreRuntime(dotnet: string, major: number): Promise<{ version: string; major: number; dir: string }> {
  const { stdout } = await runCommand(dotnet, ["--list-runtimes"]);
  const found = [...stdout.matchAll(/^Microsoft\.NETCore\.App (\d+)\.(\d+)\.(\d+) \[(.+)\]$/gm)]
    .filter((m) => Number(m[1]) === major)
    .sort((a, b) => Number(b[2]) - Number(a[2]) || Number(b[3]) - Number(a[3]))[0];
  if (!found) throw new Error(`dotnet --list-runtimes shows no Microsoft.NETCore.App ${major}.x, which pwsh needs`);
  const version = `${found[1]}.${found[2]}.${found[3]}`;
  return { version, major, dir: path.join(found[4]!, version) };
}

function crossgenArch(): string {
  if (process.arch === "x64" || process.arch === "arm64") return process.arch;
  throw new Error(`ReadyToRun compilation is set up for x64 and arm64 only, not ${process.arch}`);
}

/**
 * Restores the crossgen2 package the SDK would use for PublishReadyToRun on this machine, through a
 * throw-away project, and returns the compiler's path from the restore's own record of it.
 */
async function restoreCrossgen(dotnet: string, major: number): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "baton-crossgen-"));
  try {
    fs.writeFileSync(
      path.join(dir, "crossgen.csproj"),
      `<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><TargetFramework>net${major}.0</TargetFramework>` +
        `<RuntimeIdentifier>linux-${crossgenArch()}</RuntimeIdentifier><PublishReadyToRun>true</PublishReadyToRun>` +
        `<SelfContained>false</SelfContained></PropertyGroup></Project>`,
    );
    await runCommand(dotnet, ["restore", path.join(dir, "crossgen.csproj")], 600_000, {
      ...(process.env as Record<string, string>),
      DOTNET_CLI_TELEMETRY_OPTOUT: "1",
      DOTNET_NOLOGO: "1",
    });
    // The SDK asks for the compiler as a download dependency of the project, at an exact version.
    const assets = JSON.parse(fs.readFileSync(path.join(dir, "obj", "project.assets.json"), "utf8")) as {
      packageFolders?: Record<string, unknown>;
      project?: { frameworks?: Record<string, { downloadDependencies?: Array<{ name: string; version: string }> }> };
    };
    const downloads = Object.values(assets.project?.frameworks ?? {}).flatMap((f) => f.downloadDependencies ?? []);
    const pack = downloads.find((d) => d.name.toLowerCase().startsWith("microsoft.netcore.app.crossgen2."));
    const version = pack?.version.match(/^\[([^,\]]+)/)?.[1];
    for (const folder of Object.keys(assets.packageFolders ?? {})) {
      const compiler = pack && version && path.join(folder, pack.name.toLowerCase(), version, "tools", "crossgen2");
      if (compiler && fs.existsSync(compiler)) return compiler;
    }
    throw new Error(`dotnet restore did not bring the crossgen2 compiler (asked for: ${pack ? `${pack.name} ${pack.version}` : "none"})`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
