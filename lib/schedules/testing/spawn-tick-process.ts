import { spawn } from "node:child_process";
import path from "node:path";
import type { OccurrenceOutcome } from "../run-due-schedules";

const projectRoot = path.resolve(import.meta.dirname, "../../..");

export interface TickProcess {
  /** Starts the tick; resolves with its decisions (dates as ISO strings). */
  go(): Promise<Array<Omit<OccurrenceOutcome, "occurrenceAt"> & { occurrenceAt: string }>>;
}

/** Starts tick-process.ts and waits until it has connected, so go() runs the tick at once. */
export async function spawnTickProcess(databaseUrl: string, now: string): Promise<TickProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "lib/schedules/testing/tick-process.ts", databaseUrl, now], { cwd: projectRoot, stdio: ["pipe", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (d: Buffer) => {
      stdout += d.toString();
      if (stdout.startsWith("ready\n")) resolve();
    });
    void exited.then((code) => reject(new Error(`tick process exited ${code} before it was ready:\n${stderr}`)));
  });
  return {
    async go() {
      child.stdin.write("go\n");
      const code = await exited;
      if (code !== 0) throw new Error(`tick process exited ${code}:\n${stderr}`);
      return JSON.parse(stdout.slice("ready\n".length));
    },
  };
}
