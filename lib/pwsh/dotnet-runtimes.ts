import { runCommand } from "./run-command";

/** Major versions of Microsoft.NETCore.App that `dotnet --list-runtimes` reports, highest first. */
export async function listNetCoreMajors(dotnet: string): Promise<number[]> {
  const { stdout } = await runCommand(dotnet, ["--list-runtimes"]);
  return parseNetCoreMajors(stdout);
}

export function parseNetCoreMajors(listRuntimesOutput: string): number[] {
  const majors = new Set<number>();
  for (const match of listRuntimesOutput.matchAll(/^Microsoft\.NETCore\.App (\d+)\.\d+\.\d+/gm)) {
    majors.add(Number(match[1]));
  }
  return [...majors].sort((a, b) => b - a);
}

/** PowerShell releases built for each .NET major (7.4 → .NET 8, 7.5 → .NET 9, 7.6 LTS → .NET 10). */
const powershellForRuntime: Record<number, { floating: string; pinned: string[] }> = {
  10: { floating: "7.6.*", pinned: ["7.6.9"] },
  9: { floating: "7.5.*", pinned: ["7.5.0"] },
  8: { floating: "7.4.*", pinned: ["7.4.6"] },
};

/** The PowerShell line to install for the newest runtime we have a build for. */
export function choosePowershellVersions(majors: number[]): { runtime: number; floating: string; pinned: string[] } | undefined {
  const runtime = majors.find((m) => powershellForRuntime[m]);
  return runtime === undefined ? undefined : { runtime, ...powershellForRuntime[runtime] };
}
