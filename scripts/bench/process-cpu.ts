import fs from "node:fs";

const ticksPerSecond = 100;

/**
 * CPU seconds used so far by this process and by every descendant it (or they) have reaped: Linux
 * adds a reaped child's times, its own reaped children's included, to the parent's cutime/cstime.
 * A runner's pwsh processes (and bubblewrap around them) count once they have exited.
 */
export function cpuSecondsWithReapedChildren(): number {
  const stat = fs.readFileSync("/proc/self/stat", "utf8");
  // Fields after the command name, which is in parentheses and may hold spaces.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // utime, stime, cutime, cstime are fields 14–17 of proc(5); here they start at index 11.
  const ticks = fields.slice(11, 15).reduce((sum, f) => sum + Number(f), 0);
  return ticks / ticksPerSecond;
}
