/** How to start PowerShell: spawn `command ...args -NoProfile ...`. */
export interface PwshCommand {
  command: string;
  args: string[];
  source: "env" | "project" | "path";
  /** PowerShell version when known from the tool store layout (e.g. "7.6.9"). */
  version?: string;
  /** Variables `dotnet` itself needs (PATH, DOTNET_ROOT); a job's environment starts from these only. */
  env: Record<string, string>;
}

/** The parts of the caller's environment that locating and starting pwsh depends on. */
export interface PwshLookupEnv {
  BATON_PWSH?: string;
  PATH?: string;
  DOTNET_ROOT?: string;
}
