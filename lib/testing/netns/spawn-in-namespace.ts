import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { ipCommand } from "./ip-command";

export interface SpawnInNamespaceOptions {
  /** The child's environment (default: this process's); `ip netns exec` passes it on unchanged. */
  env?: NodeJS.ProcessEnv;
  cwd?: string;
}

/**
 * Starts `command args…` inside a network namespace through `ip netns exec`, which execs the
 * command, so the child's pid is the command's own. stdin, stdout and stderr are pipes: read or
 * resume stdout and stderr of a chatty process (waitForLine leaves them flowing).
 */
export function spawnInNamespace(namespace: string, command: string, args: string[], options: SpawnInNamespaceOptions = {}): ChildProcessWithoutNullStreams {
  if (!ipCommand) throw new Error("iproute2's ip is not installed");
  return spawn(ipCommand, ["netns", "exec", namespace, command, ...args], { env: options.env ?? process.env, cwd: options.cwd, stdio: "pipe" });
}
