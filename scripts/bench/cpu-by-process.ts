import fs from "node:fs";

const ticksPerSecond = 100;

interface ProcessTicks {
  ppid: number;
  comm: string;
  /** utime + stime of the process itself (children it reaped are not added: they are counted as themselves). */
  ticks: number;
}

export interface CpuLabels {
  self: string;
  descendants: string;
}

/** Every process's CPU so far, keyed by pid and start time (a pid reused within a window is another process). */
type Snapshot = Map<string, ProcessTicks & { pid: number }>;

function snapshot(): Snapshot {
  const result: Snapshot = new Map();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue;
    }
    // comm is in parentheses and may hold spaces or parentheses itself; the fields after it are plain.
    const close = stat.lastIndexOf(")");
    const comm = stat.slice(stat.indexOf("(") + 1, close);
    const fields = stat.slice(close + 2).split(" ");
    // After comm: state(0) ppid(1) … utime(11) stime(12) … starttime(19).
    result.set(`${entry}:${fields[19]}`, { pid: Number(entry), ppid: Number(fields[1]), comm, ticks: Number(fields[11]) + Number(fields[12]) });
  }
  return result;
}

/**
 * Splits the machine's CPU over a window by who used it: a process in `roots` is charged to its
 * `self` label, one descending from it to its `descendants` label (a worker's job processes), others
 * by their own name through `byComm` (the database server), or to "other". A process that exited
 * within the window is missed.
 */
export function startCpuByProcess(roots: () => Map<number, CpuLabels>, byComm: Record<string, string>): { window(): Record<string, number> } {
  let before = snapshot();
  let windowStart = performance.now();
  return {
    /** CPU-seconds per second (cores busy) per label since the previous window; opens the next window. */
    window() {
      const now = snapshot();
      const seconds = (performance.now() - windowStart) / 1000;
      const parents = new Map([...now.values()].map((p) => [p.pid, p.ppid]));
      const labels = roots();
      const labelOf = (pid: number, comm: string): string => {
        for (let at: number | undefined = pid; at !== undefined && at > 1; at = parents.get(at)) {
          const root = labels.get(at);
          if (root) return at === pid ? root.self : root.descendants;
        }
        return byComm[comm] ?? "other";
      };
      const cores: Record<string, number> = {};
      for (const [key, p] of now) {
        const used = p.ticks - (before.get(key)?.ticks ?? 0);
        if (used <= 0) continue;
        const label = labelOf(p.pid, p.comm);
        cores[label] = (cores[label] ?? 0) + used / ticksPerSecond / seconds;
      }
      before = now;
      windowStart = performance.now();
      return Object.fromEntries(Object.entries(cores).map(([label, c]) => [label, Math.round(c * 100) / 100]));
    },
  };
}
