import type { ChildProcessWithoutNullStreams } from "node:child_process";

/**
 * Resolves with the first line of the child's stdout that `matches` accepts (its ready line);
 * rejects with the child's stderr if it exits first, or after `timeoutMs`, a give-up bound only.
 * Output stays flowing afterwards, so a chatty server never blocks on a full pipe.
 */
export function waitForLine(child: ChildProcessWithoutNullStreams, matches: (line: string) => boolean, timeoutMs = 60_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let pending = "";
    let stderr = "";
    const onStdout = (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split("\n");
      pending = lines.pop() ?? "";
      const found = lines.find(matches);
      if (found !== undefined) settle(() => resolve(found));
    };
    const onStderr = (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null) =>
      settle(() => reject(new Error(`${child.spawnargs.join(" ")} exited (${signal ?? code}) before its ready line:\n${stderr}`)));
    const timer = setTimeout(() => settle(() => reject(new Error(`${child.spawnargs.join(" ")} printed no ready line in ${timeoutMs} ms:\n${stderr}`))), timeoutMs);
    function settle(finish: () => void) {
      clearTimeout(timer);
      child.stdout.off("data", onStdout);
      child.stderr.off("data", onStderr);
      child.off("exit", onExit);
      finish();
    }
    child.stdout.on("data", onStdout);
    child.stderr.on("data", onStderr);
    child.on("exit", onExit);
  });
}
