import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

const projectRoot = path.resolve(import.meta.dirname, "../..");
const outputTailBytes = 4096;

/** A Baton process the bench started (the web service or a worker), with the end of what it printed. */
export interface BatonProcess {
  readonly label: string;
  readonly pid: number;
  readonly exited: boolean;
  /** The last few KiB of its stdout and stderr, for an error message. */
  outputTail(): string;
  /** SIGTERM, then SIGKILL when it has not exited within `graceMs`. */
  stop(graceMs: number): Promise<void>;
}

/** Starts `node --import tsx <entry>` from the project root with `env`, as npm start and npm run worker do. */
export function startBatonProcess(label: string, entry: string, env: Record<string, string | undefined>): BatonProcess {
  const child = spawn(process.execPath, ["--import", "tsx", entry], { cwd: projectRoot, env: env as NodeJS.ProcessEnv, stdio: ["ignore", "pipe", "pipe"] });
  if (child.pid === undefined) throw new Error(`${label}: could not start node ${entry}`);
  let tail = "";
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString("utf8")).slice(-outputTailBytes);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const exit = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    label,
    pid: child.pid,
    get exited() {
      return child.exitCode !== null || child.signalCode !== null;
    },
    outputTail: () => tail,
    stop: (graceMs) => stopChild(child, exit, graceMs),
  };
}

async function stopChild(child: ChildProcess, exit: Promise<void>, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
  await exit;
  clearTimeout(timer);
}

/** A TCP port free on 127.0.0.1 right now. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The production server serves what `next build` produced; without it, it fails on its first request. */
export function requireNextBuild(): void {
  if (!fs.existsSync(path.join(projectRoot, ".next", "BUILD_ID"))) {
    throw new Error("The web service bench needs a production build of the portal: run npx next build first");
  }
}

/** Resolves once `check` is true; throws what `check` throws, or when a watched process exits first or `timeoutMs` passes. */
export async function waitUntil(what: string, check: () => Promise<boolean>, timeoutMs: number, watched: BatonProcess[]): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const dead = watched.find((p) => p.exited);
    if (dead) throw new Error(`${dead.label} exited while waiting for ${what}:\n${dead.outputTail()}`);
    if (await check()) return;
    if (performance.now() > deadline) throw new Error(`gave up waiting for ${what} after ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
