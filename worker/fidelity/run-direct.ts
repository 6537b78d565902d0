import { spawn } from "node:child_process";
import type { PwshCommand } from "@/lib/pwsh/pwsh-command";

export interface DirectRun {
  stdout: string;
  stderr: string;
  exitCode: number | null;
}

/** pwsh -File's arguments for job parameters: `-Name value`, a bare `-Name` for true (a switch). */
export function fileArguments(parameters: Record<string, unknown>): string[] {
  return Object.entries(parameters).flatMap(([name, value]) => (value === true ? [`-${name}`] : [`-${name}`, String(value)]));
}

/**
 * Runs a script the way a person runs it outside Baton: `pwsh -NoProfile -NonInteractive -File`, its
 * output redirected, colour off (NO_COLOR), in the terminal environment jobs get (TERM=dumb).
 */
export function runDirect(pwsh: PwshCommand, scriptPath: string, parameters: Record<string, unknown>, options: { cwd: string; modulePath: string }): Promise<DirectRun> {
  const env: Record<string, string> = {
    ...pwsh.env,
    HOME: options.cwd,
    TMPDIR: options.cwd,
    TERM: "dumb",
    NO_COLOR: "1",
    PSModulePath: options.modulePath,
    POWERSHELL_TELEMETRY_OPTOUT: "1",
    POWERSHELL_UPDATECHECK: "Off",
  };
  return new Promise((resolve, reject) => {
    const child = spawn(pwsh.command, [...pwsh.args, "-NoProfile", "-NonInteractive", "-File", scriptPath, ...fileArguments(parameters)], {
      cwd: options.cwd,
      // Next's type augmentation makes NODE_ENV required in ProcessEnv; pwsh must not get it.
      env: env as NodeJS.ProcessEnv,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (c: Buffer) => out.push(c));
    child.stderr.on("data", (c: Buffer) => err.push(c));
    child.on("error", reject);
    child.on("close", (code) => resolve({ stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8"), exitCode: code }));
  });
}
