import { execFile } from "node:child_process";

export interface CommandResult {
  stdout: string;
  stderr: string;
}

/** Runs a command without a shell; on failure the error names the exact command and its stderr. */
export function runCommand(command: string, args: string[], timeoutMs = 600_000, env?: Record<string, string>): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024, ...(env ? { env: env as NodeJS.ProcessEnv } : {}) }, (error, stdout, stderr) => {
      if (!error) return resolve({ stdout, stderr });
      const shown = [command, ...args].map((a) => (/[\s*'"]/.test(a) ? `'${a}'` : a)).join(" ");
      const detail = (stderr || stdout || error.message).trim();
      reject(new Error(`Command failed: ${shown}\n${detail}`, { cause: error }));
    });
  });
}
