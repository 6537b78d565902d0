import { spawn } from "node:child_process";
import path from "node:path";
import readline from "node:readline";
import type { OccurrenceOutcome } from "../run-due-schedules";

const projectRoot = path.resolve(import.meta.dirname, "../../..");

type Outcomes = Array<Omit<OccurrenceOutcome, "occurrenceAt"> & { occurrenceAt: string }>;

export interface TickProcess {
  /** Runs one tick at `now`; resolves with its decisions (dates as ISO strings). */
  tick(now: string): Promise<Outcomes>;
  /** Ends the process (its input) and waits for its exit. */
  close(): Promise<void>;
}

/** Starts tick-process.ts and waits until it has connected, so a tick starts at once. */
export async function spawnTickProcess(databaseUrl: string): Promise<TickProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "lib/schedules/testing/tick-process.ts", databaseUrl], { cwd: projectRoot, stdio: ["pipe", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  const lines = readline.createInterface({ input: child.stdout });
  const waiting: Array<(line: string) => void> = [];
  lines.on("line", (line) => waiting.shift()?.(line));
  const nextLine = () =>
    new Promise<string>((resolve, reject) => {
      waiting.push(resolve);
      void exited.then((code) => reject(new Error(`tick process exited ${code}:\n${stderr}`)));
    });
  if ((await nextLine()) !== "ready") throw new Error(`tick process did not start:\n${stderr}`);
  return {
    async tick(now) {
      const line = nextLine();
      child.stdin.write(`${now}\n`);
      return JSON.parse(await line) as Outcomes;
    },
    async close() {
      child.stdin.end();
      const code = await exited;
      if (code !== 0) throw new Error(`tick process exited ${code}:\n${stderr}`);
    },
  };
}
