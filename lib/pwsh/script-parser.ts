import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import readline from "node:readline";
import { z } from "zod";
import { parseScriptProgram } from "./parse-script-program";
import { scriptParseResultSchema, type ScriptParseResult } from "./parse-result";
import type { PwshCommand } from "./pwsh-command";

const responseSchema = z.union([scriptParseResultSchema, z.object({ failure: z.string() })]);

interface Pending {
  script: string;
  resolve: (result: ScriptParseResult) => void;
  reject: (error: Error) => void;
}

export interface ScriptParserOptions {
  /** How long one request may take, including a cold start of pwsh. */
  timeoutMs?: number;
  /** An idle helper exits after this long, giving its memory back. */
  idleMs?: number;
}

/**
 * Parses scripts with PowerShell's own parser in one long-lived pwsh process, so a parse costs
 * milliseconds instead of a pwsh cold start. Requests are answered in order, one at a time; a helper
 * that crashes or hangs is killed, its request fails, and the next request starts a new one.
 */
export class ScriptParser {
  private child: ChildProcessWithoutNullStreams | undefined;
  private readonly queue: Pending[] = [];
  private inFlight: Pending | undefined;
  private timer: NodeJS.Timeout | undefined;
  private idleTimer: NodeJS.Timeout | undefined;
  private readonly timeoutMs: number;
  private readonly idleMs: number;

  constructor(
    private readonly pwsh: PwshCommand,
    options: ScriptParserOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.idleMs = options.idleMs ?? 10 * 60_000;
  }

  parse(script: string): Promise<ScriptParseResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ script, resolve, reject });
      this.next();
    });
  }

  /** Stops the helper; queued requests fail. */
  close(): void {
    for (const p of this.queue.splice(0)) p.reject(new Error("The script parser was closed"));
    this.stop(new Error("The script parser was closed"));
  }

  private next(): void {
    if (this.inFlight || !this.queue.length) return;
    clearTimeout(this.idleTimer);
    const child = this.child ?? this.start();
    const request = this.queue.shift()!;
    this.inFlight = request;
    this.setReferenced(child, true);
    this.timer = setTimeout(() => this.stop(new Error(`PowerShell did not parse the script within ${this.timeoutMs} ms`)), this.timeoutMs);
    // \u escapes keep the line pure ASCII, whatever encoding the pipe assumes.
    child.stdin.write(`${JSON.stringify({ script: request.script }).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)}\n`);
  }

  private start(): ChildProcessWithoutNullStreams {
    const child = spawn(this.pwsh.command, [...this.pwsh.args, "-NoProfile", "-NonInteractive", "-NoLogo", "-Command", parseScriptProgram], {
      stdio: ["pipe", "pipe", "pipe"],
      // Next's type augmentation makes NODE_ENV required in ProcessEnv; pwsh gets only what dotnet needs.
      env: { ...this.pwsh.env, POWERSHELL_TELEMETRY_OPTOUT: "1", DOTNET_CLI_TELEMETRY_OPTOUT: "1" } as Record<string, string> as NodeJS.ProcessEnv,
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr = (stderr + chunk.toString("utf8")).slice(-2000);
    });
    readline.createInterface({ input: child.stdout }).on("line", (line) => this.answer(line));
    child.on("error", (err) => this.onExit(child, new Error(`Could not start PowerShell to parse scripts: ${err.message}`)));
    child.on("exit", (code, signal) => this.onExit(child, new Error(`The PowerShell parser exited (code ${code}, signal ${signal})${stderr ? `: ${stderr.trim()}` : ""}`)));
    this.child = child;
    return child;
  }

  private answer(line: string): void {
    const request = this.inFlight;
    if (!request) return;
    this.finish();
    try {
      const response = responseSchema.parse(JSON.parse(line));
      if ("failure" in response) request.reject(new Error(`PowerShell could not parse the script: ${response.failure}`));
      else request.resolve(response);
    } catch (err) {
      request.reject(new Error(`Unreadable answer from the PowerShell parser: ${(err as Error).message}`));
    }
    this.next();
  }

  private finish(): void {
    clearTimeout(this.timer);
    this.inFlight = undefined;
    if (this.child) this.setReferenced(this.child, false);
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.stop(new Error("idle")), this.idleMs);
    this.idleTimer.unref();
  }

  private stop(reason: Error): void {
    const child = this.child;
    if (child) {
      this.onExit(child, reason);
      child.kill("SIGKILL");
    }
  }

  private onExit(child: ChildProcessWithoutNullStreams, reason: Error): void {
    if (this.child !== child) return;
    this.child = undefined;
    clearTimeout(this.timer);
    clearTimeout(this.idleTimer);
    const request = this.inFlight;
    this.inFlight = undefined;
    request?.reject(reason);
    this.next();
  }

  /** An idle helper must not keep the Node process (a test run, a CLI) alive. */
  private setReferenced(child: ChildProcessWithoutNullStreams, referenced: boolean): void {
    for (const handle of [child, child.stdin, child.stdout, child.stderr] as { ref(): void; unref(): void }[]) {
      if (referenced) handle.ref();
      else handle.unref();
    }
  }
}
