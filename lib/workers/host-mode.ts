import { z } from "zod";

/**
 * How a worker runs a runbook's jobs: "process" gives each job a fresh pwsh process; "shared" runs the
 * jobs of one runbook one after another in a long-lived pwsh, each in a fresh runspace, so they share
 * the process (static .NET state, loaded assemblies, Add-Type types) with each other and no one else.
 */
export const hostModes = ["process", "shared"] as const;
export const hostModeSchema = z.enum(hostModes, { error: `must be one of: ${hostModes.join(", ")}` });
export type HostMode = z.infer<typeof hostModeSchema>;

/** A stored value (text in the database) as a mode; anything else reads as unset. */
export function storedHostMode(value: string | null | undefined): HostMode | null {
  return hostModes.find((mode) => mode === value) ?? null;
}

/**
 * The mode a job runs in. A debug session always gets its own process: it may sit paused for minutes,
 * and a shared host runs one job at a time, so it would hold up the runbook's other jobs. Otherwise the
 * runbook's choice wins, then its worker group's.
 */
export function effectiveHostMode({ debug, runbook, group }: { debug: boolean; runbook: string | null | undefined; group: string | null | undefined }): HostMode {
  if (debug) return "process";
  return storedHostMode(runbook) ?? storedHostMode(group) ?? "process";
}
