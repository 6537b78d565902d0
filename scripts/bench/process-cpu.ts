import fs from "node:fs";

const ticksPerSecond = 100;

/**
 * CPU seconds the whole machine has spent busy so far (/proc/stat: all but idle and iowait). A
 * job's pwsh runs in a PID namespace whose processes its parents never reap one by one, so their
 * time never reaches this process's cutime; machine-wide time counts them, and everything else
 * running too, so measure on an otherwise quiet machine (the table prints the load average).
 */
export function machineBusyCpuSeconds(): number {
  const line = fs.readFileSync("/proc/stat", "utf8").split("\n", 1)[0]!;
  const [user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).slice(1).map(Number) as number[];
  return (user! + nice! + system! + irq! + softirq! + (steal ?? 0)) / ticksPerSecond;
}
