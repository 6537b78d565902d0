import { ipCommand } from "./ip-command";

/**
 * Why this process cannot make network namespaces, or null when it can. Tests that use them skip
 * with this reason; CI runs as root with iproute2, so there they always run.
 */
export function netnsUnavailableReason(): string | null {
  if (process.platform !== "linux") return "network namespaces are Linux's";
  if (process.getuid?.() !== 0) return "network namespaces need root";
  if (!ipCommand) return "iproute2's ip is not installed";
  return null;
}
