import { spawn } from "node:child_process";
import type { PwshCommand } from "./pwsh-command";

/** Milliseconds from spawn to exit of `pwsh -NoProfile -NonInteractive -Command exit`. */
export function measurePwshColdStart(pwsh: PwshCommand): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(pwsh.command, [...pwsh.args, "-NoProfile", "-NonInteractive", "-NoLogo", "-Command", "exit"], {
      stdio: "ignore",
      env: { ...pwsh.env, POWERSHELL_TELEMETRY_OPTOUT: "1" },
    });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) resolve(Math.round(performance.now() - started));
      else reject(new Error(`pwsh exited with code ${code} signal ${signal} while measuring start-up`));
    });
  });
}
