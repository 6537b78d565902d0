import { execFile } from "node:child_process";
import fs from "node:fs";

/**
 * iproute2's `ip`, by its absolute path: a child spawned with a caller's environment may have a PATH
 * without /usr/sbin, and `ip netns exec` must still be found.
 */
export const ipCommand: string | null = ["/usr/sbin/ip", "/sbin/ip", "/usr/bin/ip", "/bin/ip"].find((file) => fs.existsSync(file)) ?? null;

/** Runs `ip <args…>` and resolves with its stdout; a failure names the command and what `ip` said. */
export function runIp(args: string[]): Promise<string> {
  const ip = ipCommand;
  if (!ip) return Promise.reject(new Error("iproute2's ip is not installed"));
  return new Promise((resolve, reject) => {
    execFile(ip, args, (err, stdout, stderr) => {
      if (err) reject(new Error(`ip ${args.join(" ")} failed: ${stderr.trim() || err.message}`));
      else resolve(stdout);
    });
  });
}
