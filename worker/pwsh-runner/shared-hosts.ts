import type { HostProcess } from "./host-process";

/** When a shared host is retired rather than given its runbook's next job. */
export interface SharedHostLimits {
  /** Jobs one host runs before it is retired. */
  maxJobs: number;
  /** Age after which a host takes no further job. */
  maxAgeMs: number;
  /** Resident memory (reported as the host becomes ready) above which it takes no further job. */
  maxWorkingSetBytes: number;
  /** How long a host waits for its runbook's next job before it is retired. */
  idleMs: number;
  /** Waiting hosts kept over all runbooks; the longest-waiting one goes first. */
  maxIdle: number;
}

export const defaultSharedHostLimits: SharedHostLimits = {
  maxJobs: 500,
  maxAgeMs: 60 * 60_000,
  maxWorkingSetBytes: 1024 * 1024 * 1024,
  idleMs: 5 * 60_000,
  maxIdle: 8,
};

interface WaitingHost {
  key: string;
  host: HostProcess;
  timer: NodeJS.Timeout;
}

/**
 * Long-lived hosts, each serving the jobs of one runbook one at a time (README › Job isolation). A host
 * is keyed by its runbook and module set, so no runbook's job ever runs in a process another runbook
 * used, and a module change gets a fresh process. A host whose job ended is kept for the key's next
 * job; it opens that job's runspace meanwhile, so the job waits at most for that, never for a process.
 */
export class SharedHosts {
  private waiting: WaitingHost[] = [];
  private closed = false;

  constructor(
    private readonly fresh: () => Promise<HostProcess>,
    private readonly limits: SharedHostLimits,
    private readonly onRetire: (host: HostProcess, reason: string) => void = () => {},
  ) {}

  /** The key's waiting host, or a fresh one (from the warm pool of shared hosts) that becomes the key's. */
  async take(key: string): Promise<HostProcess> {
    for (;;) {
      const index = this.waiting.findIndex((entry) => entry.key === key);
      if (index < 0) return this.fresh();
      const [entry] = this.waiting.splice(index, 1);
      clearTimeout(entry.timer);
      const over = this.overLimit(entry.host);
      if (!over) return entry.host;
      this.retire(entry.host, over);
    }
  }

  /** A job of the key ended on `host`; it waits for the key's next job when it may. */
  giveBack(key: string, host: HostProcess, reusable: boolean): void {
    if (host.hasExited) return;
    const over = this.closed ? "the worker is closing" : reusable ? this.overLimit(host) : "its last job was stopped or failed in the host";
    if (over) return this.retire(host, over);
    const timer = setTimeout(() => {
      this.waiting = this.waiting.filter((entry) => entry.host !== host);
      this.retire(host, "it waited for a job longer than the idle limit");
    }, this.limits.idleMs);
    timer.unref();
    this.waiting.push({ key, host, timer });
    void host.exit.then(() => {
      this.waiting = this.waiting.filter((entry) => entry.host !== host);
    });
    while (this.waiting.length > this.limits.maxIdle) {
      const oldest = this.waiting.shift() as WaitingHost;
      clearTimeout(oldest.timer);
      this.retire(oldest.host, "more hosts were waiting than the worker keeps");
    }
  }

  /** Hosts waiting for a job, by key: for tests and the bench. */
  waitingKeys(): string[] {
    return this.waiting.map((entry) => entry.key);
  }

  async close(): Promise<void> {
    this.closed = true;
    const waiting = this.waiting.splice(0);
    for (const entry of waiting) {
      clearTimeout(entry.timer);
      this.retire(entry.host, "the worker is closing");
    }
    await Promise.all(waiting.map((entry) => entry.host.exit));
  }

  private overLimit(host: HostProcess): string | undefined {
    if (host.hasExited) return "it exited";
    if (host.jobsSent >= this.limits.maxJobs) return `it ran ${host.jobsSent} jobs`;
    if (performance.now() - host.spawnedAt >= this.limits.maxAgeMs) return "it reached its age limit";
    if (host.workingSet > this.limits.maxWorkingSetBytes) return `its memory (${Math.round(host.workingSet / 1048576)} MB) is over the limit`;
    return undefined;
  }

  private retire(host: HostProcess, reason: string): void {
    this.onRetire(host, reason);
    host.retire();
  }
}
