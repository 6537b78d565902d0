/** How to start PowerShell: spawn `command ...args -NoProfile ...`. */
export interface PwshCommand {
  command: string;
  args: string[];
  source: "env" | "project" | "path";
  /** The pwsh executable or pwsh.dll found; a valid value for BATON_PWSH. */
  path: string;
  /** PowerShell version when known from the tool store layout (e.g. "7.6.9"). */
  version?: string;
  /** Variables `dotnet` itself needs (PATH, DOTNET_ROOT); a job's environment starts from these only. */
  env: Record<string, string>;
}

/** The machine's environment that finding and starting dotnet depends on. */
export interface PwshLookupEnv {
  /** Used when `configured` is not given. */
  BATON_PWSH?: string;
  PATH?: string;
  DOTNET_ROOT?: string;
}
