import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import type { Db } from "@/lib/db";

const projectRoot = path.resolve(import.meta.dirname, "../..");

export interface WorkerProcess {
  name: string;
  child: ChildProcess;
  /** Everything the process printed, for failure messages. */
  output(): string;
  exited: Promise<number | null>;
}

/** Starts `npm run worker`'s entry point as a real child process and waits until it is online. */
export async function spawnWorkerProcess(db: Db, options: { databaseUrl: string; name: string; env?: Record<string, string> }): Promise<WorkerProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "worker/index.ts"], {
    cwd: projectRoot,
    env: { ...process.env, DATABASE_URL: options.databaseUrl, BATON_WORKER_NAME: options.name, BATON_WORKER_POOL_SIZE: "1", ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const deadline = Date.now() + 60_000;
  for (;;) {
    const row = await db.worker.findUnique({ where: { name: options.name }, select: { state: true, pid: true } });
    if (row?.state === "online" && row.pid === child.pid) break;
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`worker ${options.name} did not come online:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { name: options.name, child, output: () => output, exited };
}

/** Every process below `pid` (its pwsh hosts and their children). */
export function descendantsOf(pid: number): number[] {
  const table = execFileSync("ps", ["-eo", "pid=,ppid="], { encoding: "utf8" })
    .trim()
    .split("\n")
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number]);
  const found: number[] = [];
  const walk = (parent: number) => {
    for (const [child, ppid] of table) {
      if (ppid === parent) {
        found.push(child);
        walk(child);
      }
    }
  };
  walk(pid);
  return found;
}
