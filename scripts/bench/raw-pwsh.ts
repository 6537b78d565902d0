import { spawn } from "node:child_process";
import type { PwshCommand } from "@/lib/pwsh/pwsh-command";
import { machineBusyCpuSeconds } from "./process-cpu";

export interface RawPwshThroughput {
  runsPerSecond: number;
  cpuSecondsPerRun: number;
}

/**
 * What Baton's trivial jobs are compared with: `pwsh -NoProfile -Command <script>` run `runs` times,
 * `concurrency` at a time (a worker of capacity 2 runs two jobs at once), with no Baton around it.
 */
export async function benchRawPwsh(pwsh: PwshCommand, script: string, runs: number, concurrency: number): Promise<RawPwshThroughput> {
  const cpuBefore = machineBusyCpuSeconds();
  const started = performance.now();
  let next = 0;
  const lane = async () => {
    while (next < runs) {
      next++;
      await runOnce(pwsh, script);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  const seconds = (performance.now() - started) / 1000;
  const cpu = machineBusyCpuSeconds() - cpuBefore;
  return { runsPerSecond: Math.round((runs / seconds) * 100) / 100, cpuSecondsPerRun: Math.round((cpu / runs) * 100) / 100 };
}

function runOnce(pwsh: PwshCommand, script: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(pwsh.command, [...pwsh.args, "-NoProfile", "-NonInteractive", "-NoLogo", "-Command", script], {
      stdio: "ignore",
      // Next's type augmentation makes NODE_ENV required in ProcessEnv; pwsh must not get it.
      env: { ...pwsh.env, POWERSHELL_TELEMETRY_OPTOUT: "1" } as Record<string, string> as NodeJS.ProcessEnv,
    });
    child.on("error", reject);
    child.on("exit", (code, signal) => (code === 0 ? resolve() : reject(new Error(`pwsh exited with code ${code} signal ${signal}`))));
  });
}
