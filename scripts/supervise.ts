import { spawn, type ChildProcess } from "node:child_process";

export interface ServiceSpec {
  name: string;
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
}

/**
 * Runs services side by side with prefixed output. If one exits, the others are stopped; SIGINT or
 * SIGTERM is passed on (the worker drains its jobs) and the supervisor exits when all have stopped.
 */
export function supervise(services: ServiceSpec[]): Promise<number> {
  const children = new Map<string, ChildProcess>();
  let stopping = false;
  return new Promise((resolve) => {
    let exitCode = 0;
    const stopAll = (signal: NodeJS.Signals) => {
      if (stopping) return;
      stopping = true;
      for (const c of children.values()) c.kill(signal);
    };
    for (const s of services) {
      const child = spawn(s.command, s.args, { env: s.env, stdio: ["ignore", "pipe", "pipe"] });
      children.set(s.name, child);
      const prefix = `[${s.name}] `;
      const pipe = (stream: NodeJS.ReadableStream, out: NodeJS.WriteStream) => {
        let buf = "";
        stream.setEncoding("utf8");
        stream.on("data", (chunk: string) => {
          buf += chunk;
          const lines = buf.split("\n");
          buf = lines.pop() ?? "";
          for (const line of lines) out.write(prefix + line + "\n");
        });
        stream.on("end", () => buf && out.write(prefix + buf + "\n"));
      };
      pipe(child.stdout!, process.stdout);
      pipe(child.stderr!, process.stderr);
      child.on("exit", (code, signal) => {
        children.delete(s.name);
        if (!stopping) {
          console.error(`${prefix}exited (${signal ?? `code ${code}`}); stopping the others`);
          exitCode = code || 1;
          stopAll("SIGTERM");
        }
        if (children.size === 0) resolve(exitCode);
      });
    }
    process.on("SIGINT", () => stopAll("SIGTERM"));
    process.on("SIGTERM", () => stopAll("SIGTERM"));
  });
}
