import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { Duplex } from "node:stream";
import { prepareWorkDir, spawnIsolated } from "@/lib/pwsh/isolated-spawn";
import type { JobIsolation } from "@/lib/pwsh/job-isolation";
import type { PwshCommand } from "@/lib/pwsh/pwsh-command";
import { buildHostEnv } from "./host-env";
import { LineSplitter } from "./line-splitter";

const hostScriptDir = path.resolve(import.meta.dirname, "..", "pwsh");
const hostScript = path.join(hostScriptDir, "host.ps1");
// Baton.Automation dot-sources the HTTP client it shares with the Baton module.
const sharedClientDir = path.resolve(import.meta.dirname, "..", "..", "powershell", "Baton", "Client");
// C# the host compiles with the web service's parameter check (import-host-assembly.ps1).
const sharedCSharpDir = path.resolve(import.meta.dirname, "..", "..", "lib", "pwsh", "shared");

/** What a host process reports; a pooled process buffers events until a job attaches. */
export type HostEvent =
  | { kind: "protocol"; line: string }
  | { kind: "console"; stream: "stdout" | "stderr"; text: string }
  | { kind: "oversized"; channel: string; bytes: number };

export interface HostExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderrTail: string;
}

const maxProtocolLine = 256 * 1024 * 1024;
const maxConsoleLine = 1024 * 1024;
const stderrTailBytes = 4096;
// After the host exits, descendants that escaped its process group could hold our pipes open.
const closeAfterExitMs = 2000;

export interface HostProcessOptions {
  pwsh: PwshCommand;
  isolation: JobIsolation;
  tempRoot: string;
  /** Compiled host assembly, written by the worker only (prepare-host-assembly.ts); jobs read it. */
  assemblyCache: string;
  /** Further paths the job reads, such as the worker's module copies. */
  readOnlyPaths: string[];
  /** The job's SSL_CERT_FILE (host-env.ts): a CA file it can read, also among readOnlyPaths. */
  caFile?: string;
  /** .NET runtime settings for this process alone (host-env.ts › sharedHostRuntimeEnv). */
  runtimeEnv?: Record<string, string>;
}

/** One single-use `dotnet pwsh.dll -File host.ps1` process in its own process group and temp dir, isolated as configured. */
export class HostProcess {
  readonly child: ChildProcess;
  readonly pid: number;
  readonly tempDir: string;
  readonly isolation: JobIsolation;
  readonly spawnedAt = performance.now();
  readyAt: number | undefined;
  /** The process's resident memory in bytes, as it last reported when ready for a job. */
  workingSet = 0;
  /** The next id of a console sync request (console-gate.ts), counted per host. */
  nextSyncId = 1;
  /** Jobs sent to this host; more than one only for a shared host. */
  jobsSent = 0;
  /** Settles once the host has opened its runspace and waits for a spec (readyAt is then set), or has exited without. */
  readonly ready: Promise<void>;
  readonly exit: Promise<HostExit>;
  private markReady: () => void = () => {};
  private listener: ((event: HostEvent) => void) | undefined;
  private buffered: HostEvent[] = [];
  private stderrTail = "";
  private exited = false;

  constructor(options: HostProcessOptions) {
    this.tempDir = fs.mkdtempSync(path.join(options.tempRoot, "job-"));
    this.isolation = options.isolation;
    prepareWorkDir(options.isolation, this.tempDir);
    const { pwsh } = options;
    const args = ["-NoProfile", "-NonInteractive", "-NoLogo", "-OutputFormat", "Text", "-File", hostScript, "-AssemblyCache", options.assemblyCache];
    this.child = spawnIsolated(options.isolation, pwsh, args, {
      workDir: this.tempDir,
      readOnlyPaths: [hostScriptDir, sharedClientDir, sharedCSharpDir, options.assemblyCache, ...options.readOnlyPaths],
      env: buildHostEnv(pwsh, this.tempDir, options.caFile, options.runtimeEnv),
      // stdin is /dev/null so runbooks and native commands never wait for input; fd 3 is the protocol.
      stdio: ["ignore", "pipe", "pipe", "pipe"],
    });
    if (this.child.pid === undefined) {
      // The reason (ENOENT, EACCES) arrives as an 'error' event; without a listener it would crash the worker.
      this.child.on("error", () => {});
      fs.rmSync(this.tempDir, { recursive: true, force: true });
      throw new Error(`Could not start PowerShell (${pwsh.command}): spawn failed`);
    }
    this.pid = this.child.pid;
    this.ready = new Promise((resolve) => (this.markReady = resolve));
    this.exit = this.watch();
    void this.exit.then(() => this.markReady());
  }

  get channel(): Duplex {
    return this.child.stdio[3] as Duplex;
  }

  get hasExited(): boolean {
    return this.exited;
  }

  /** Receives every event from now on, starting with those buffered while the process sat in the pool. */
  attach(listener: (event: HostEvent) => void): void {
    this.listener = listener;
    for (const event of this.buffered.splice(0)) listener(event);
  }

  /** Sends a job's spec: the first as the spec line, a shared host's next ones as "job" control lines. */
  sendJob(spec: object): void {
    this.send(this.jobsSent++ === 0 ? spec : { type: "job", spec });
  }

  /** Ends a host that waits for a job: it exits when its channel closes; one that does not is killed. */
  retire(): void {
    if (this.exited) return;
    this.channel.end();
    const timer = setTimeout(() => this.killGroup(), closeAfterExitMs);
    void this.exit.then(() => clearTimeout(timer));
  }

  send(message: unknown): void {
    if (!this.exited && this.channel.writable) this.channel.write(`${JSON.stringify(message)}\n`);
  }

  /** Kills the whole process group: pwsh and any native commands the runbook started. */
  killGroup(): void {
    try {
      process.kill(-this.pid, "SIGKILL");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
    }
  }

  private emit(event: HostEvent): void {
    if (this.listener) this.listener(event);
    else this.buffered.push(event);
  }

  private watch(): Promise<HostExit> {
    const { child } = this;
    const protocol = new LineSplitter(
      (line) => {
        if (!line.startsWith('{"v":1,"type":"ready"')) return this.emit({ kind: "protocol", line });
        this.workingSet = readyWorkingSet(line);
        this.readyAt ??= performance.now();
        this.markReady();
      },
      maxProtocolLine,
      (bytes) => this.emit({ kind: "oversized", channel: "protocol", bytes }),
    );
    this.channel.on("data", (chunk: Buffer) => protocol.push(chunk));
    for (const stream of ["stdout", "stderr"] as const) {
      const splitter = new LineSplitter((text) => this.emit({ kind: "console", stream, text }), maxConsoleLine, (bytes) =>
        this.emit({ kind: "oversized", channel: stream, bytes }),
      );
      child[stream]?.on("data", (chunk: Buffer) => {
        if (stream === "stderr") this.stderrTail = (this.stderrTail + chunk.toString("utf8")).slice(-stderrTailBytes);
        splitter.push(chunk);
      });
      child[stream]?.on("end", () => splitter.end());
    }
    this.channel.on("end", () => protocol.end());
    // The socket errors with EPIPE/ECONNRESET when the host dies mid-write; the exit path reports that.
    this.channel.on("error", () => {});
    return new Promise((resolve) => {
      let exitInfo: { code: number | null; signal: NodeJS.Signals | null } | undefined;
      const finish = () => {
        fs.rmSync(this.tempDir, { recursive: true, force: true });
        resolve({ ...(exitInfo ?? { code: null, signal: null }), stderrTail: this.stderrTail });
      };
      child.on("error", (error) => {
        this.stderrTail += `\n${error.message}`;
      });
      child.on("exit", (code, signal) => {
        this.exited = true;
        exitInfo = { code, signal };
        // Background children of the runbook must not outlive the job.
        this.killGroup();
        const timer = setTimeout(() => {
          for (const s of child.stdio) s?.destroy();
        }, closeAfterExitMs);
        child.once("close", () => clearTimeout(timer));
      });
      child.on("close", (code, signal) => {
        this.exited = true;
        exitInfo ??= { code, signal };
        finish();
      });
    });
  }
}

function readyWorkingSet(line: string): number {
  try {
    const value: unknown = (JSON.parse(line) as { data?: { workingSet?: unknown } }).data?.workingSet;
    return typeof value === "number" ? value : 0;
  } catch {
    return 0;
  }
}
