import { spawn } from "node:child_process";
import path from "node:path";

const projectRoot = path.resolve(import.meta.dirname, "../../..");

export interface ScheduleTimerProcess {
  /** Stops the timer after its pass in progress; resolves with the process's log once it exited. */
  stop(): Promise<string>;
}

/** Starts schedule-timer-process.ts on the database and waits until its timer runs. */
export async function spawnScheduleTimerProcess(databaseUrl: string): Promise<ScheduleTimerProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "lib/schedules/testing/schedule-timer-process.ts", databaseUrl], { cwd: projectRoot, stdio: ["pipe", "pipe", "pipe"] });
  let log = "";
  child.stderr.on("data", (d: Buffer) => (log += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  await new Promise<void>((resolve, reject) => {
    child.stdout.once("data", () => resolve());
    void exited.then((code) => reject(new Error(`schedule timer process exited ${code} before it was ready:\n${log}`)));
  });
  return {
    async stop() {
      child.stdin.write("stop\n");
      const code = await exited;
      if (code !== 0) throw new Error(`schedule timer process exited ${code}:\n${log}`);
      return log;
    },
  };
}
