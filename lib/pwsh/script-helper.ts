import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import path from "node:path";
import readline from "node:readline";
import { z } from "zod";
import { scriptParseResultSchema, type ScriptParseResult } from "./parse-result";
import { parameterCheckAnswerSchema, type ParameterCheckAnswer } from "./parameter-check-answer";
import type { PwshCommand } from "./pwsh-command";
import { scriptText } from "./script-text";

const failureSchema = z.object({ failure: z.string() });
/** An answer after which the helper ends itself (a binding that overran its time limit cannot be stopped). */
const exitingSchema = z.object({ exiting: z.literal(true) });

interface Pending {
  line: string;
  what: string;
  resolve: (answer: unknown) => void;
  reject: (error: Error) => void;
}

export interface ScriptHelperOptions {
  pwsh: PwshCommand;
  /** The repository root: the helper's scripts are in lib/pwsh/helper. */
  projectRoot: string;
  /** Where the helper caches its compiled C#; without it every new helper compiles it (~1.5 s). */
  assemblyCache?: string;
  /** How long one request may take. */
  timeoutMs?: number;
  /** How much longer the first request of a new helper may take: pwsh starts (seconds on a busy machine). */
  startTimeoutMs?: number;
  /** An idle helper exits after this long, giving its memory back. */
  idleMs?: number;
}

/**
 * The web service's long-lived pwsh process (lib/pwsh/helper/script-helper.ps1): it parses scripts
 * with PowerShell's parser and checks start parameters with PowerShell's binder, so each costs
 * milliseconds instead of a pwsh cold start. Requests are answered in order, one at a time; a helper
 * that crashes or hangs is killed, its request fails, and the next request starts a new one.
 */
export class ScriptHelper {
  private child: ChildProcessWithoutNullStreams | undefined;
  private readonly queue: Pending[] = [];
  private inFlight: Pending | undefined;
  private timer: NodeJS.Timeout | undefined;
  private idleTimer: NodeJS.Timeout | undefined;
  private readonly timeoutMs: number;
  private readonly startTimeoutMs: number;
  private readonly idleMs: number;

  constructor(private readonly options: ScriptHelperOptions) {
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.startTimeoutMs = options.startTimeoutMs ?? 60_000;
    this.idleMs = options.idleMs ?? 10 * 60_000;
  }

  /** PowerShell's parse errors and the param() block. */
  async parse(script: string): Promise<ScriptParseResult> {
    return scriptParseResultSchema.parse(await this.request({ op: "parse", script: scriptText(script) }, "parse the script"));
  }

  /**
   * Binds JSON start values to the script's param() block with PowerShell's binder
   * (lib/pwsh/helper/check-parameters.ps1); a binding running longer than `bindTimeoutMs` is timedOut.
   */
  async checkParameters(script: string, values: Record<string, unknown>, bindTimeoutMs: number): Promise<ParameterCheckAnswer> {
    const request = { op: "check", script: scriptText(script), parameters: JSON.stringify(values), timeoutMs: bindTimeoutMs };
    const answer = await this.request(request, "check the parameters");
    return parameterCheckAnswerSchema.parse(answer);
  }

  /** Stops the helper; queued requests fail. */
  close(): void {
    for (const p of this.queue.splice(0)) p.reject(new Error("The PowerShell helper was closed"));
    this.stop(new Error("The PowerShell helper was closed"));
  }

  private request(body: object, what: string): Promise<unknown> {
    // \u escapes keep the line pure ASCII, whatever encoding the pipe assumes.
    const line = JSON.stringify(body).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
    return new Promise((resolve, reject) => {
      this.queue.push({ line, what, resolve, reject });
      this.next();
    });
  }

  private next(): void {
    if (this.inFlight || !this.queue.length) return;
    clearTimeout(this.idleTimer);
    const starting = !this.child;
    const child = this.child ?? this.start();
    const request = this.queue.shift()!;
    this.inFlight = request;
    this.setReferenced(child, true);
    const limitMs = this.timeoutMs + (starting ? this.startTimeoutMs : 0);
    this.timer = setTimeout(() => this.stop(new Error(`PowerShell did not ${request.what} within ${limitMs} ms`)), limitMs);
    child.stdin.write(`${request.line}\n`);
  }

  private start(): ChildProcessWithoutNullStreams {
    const { pwsh, projectRoot, assemblyCache } = this.options;
    // The helper's files are the project's own, read at run time: keep Next's output tracing off the path.
    const script = path.join(/*turbopackIgnore: true*/ projectRoot, "lib", "pwsh", "helper", "script-helper.ps1");
    const args = [...pwsh.args, "-NoProfile", "-NonInteractive", "-NoLogo", "-File", script, ...(assemblyCache ? ["-AssemblyCache", assemblyCache] : [])];
    const child = spawn(pwsh.command, args, {
      stdio: ["pipe", "pipe", "pipe"],
      // Next's type augmentation makes NODE_ENV required in ProcessEnv; pwsh gets only what dotnet needs.
      env: { ...pwsh.env, POWERSHELL_TELEMETRY_OPTOUT: "1", DOTNET_CLI_TELEMETRY_OPTOUT: "1" } as Record<string, string> as NodeJS.ProcessEnv,
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr = (stderr + chunk.toString("utf8")).slice(-2000);
    });
    readline.createInterface({ input: child.stdout }).on("line", (line) => this.answer(line));
    child.on("error", (err) => this.onExit(child, new Error(`Could not start PowerShell on the web server: ${err.message}`)));
    child.on("exit", (code, signal) => this.onExit(child, new Error(`The PowerShell helper exited (code ${code}, signal ${signal})${stderr ? `: ${stderr.trim()}` : ""}`)));
    this.child = child;
    return child;
  }

  private answer(line: string): void {
    const request = this.inFlight;
    if (!request) return;
    this.finish();
    try {
      const answer: unknown = JSON.parse(line);
      if (exitingSchema.safeParse(answer).success) this.detach();
      const failure = failureSchema.safeParse(answer);
      if (failure.success) request.reject(new Error(`PowerShell could not ${request.what}: ${failure.data.failure}`));
      else request.resolve(answer);
    } catch (err) {
      request.reject(new Error(`Unreadable answer from the PowerShell helper: ${(err as Error).message}`));
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

  /** Forgets a helper that is ending itself, so the next request starts a new one. */
  private detach(): void {
    const child = this.child;
    this.child = undefined;
    child?.kill("SIGKILL");
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
