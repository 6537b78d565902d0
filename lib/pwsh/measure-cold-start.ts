import { spawn } from "node:child_process";
import type { PwshCommand } from "./pwsh-command";

/** Milliseconds from spawn to exit of `pwsh -NoProfile -NonInteractive -Command exit`, one entry per run. */
export async function measurePwshColdStart(pwsh: PwshCommand, runs = 1): Promise<number[]> {
  const times: number[] = [];
  // Sequential on purpose: parallel runs would measure CPU contention, not start-up.
  for (let i = 0; i < runs; i++) times.push(await measureOnce(pwsh));
  return times;
}

function measureOnce(pwsh: PwshCommand): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(pwsh.command, [...pwsh.args, "-NoProfile", "-NonInteractive", "-NoLogo", "-Command", "exit"], {
      stdio: "ignore",
      // Next's type augmentation makes NODE_ENV required in ProcessEnv; pwsh must not get it.
      env: { ...pwsh.env, POWERSHELL_TELEMETRY_OPTOUT: "1" } as Record<string, string> as NodeJS.ProcessEnv,
    });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) resolve(Math.round(performance.now() - started));
      else reject(new Error(`pwsh exited with code ${code} signal ${signal} while measuring start-up`));
    });
  });
}
