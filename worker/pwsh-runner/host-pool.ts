import { HostProcess, type HostProcessOptions } from "./host-process";
import type { HostStarts } from "./host-starts";

/**
 * Single-use host processes started ahead of time, each waiting for its job spec. A process runs one
 * job and exits, so jobs share no runspace, statics or loaded assemblies.
 */
export class HostPool {
  private idle: HostProcess[] = [];
  private closed = false;
  private started = false;

  /**
   * The pool fills once `startAfter` settles (the host assembly is compiled); jobs before that spawn on
   * demand. Processes start through the worker's `starts` (host-starts.ts), shared with its other
   * pools; jobs' spawns come before any pool's.
   */
  constructor(
    private readonly options: HostProcessOptions,
    private size: number,
    private readonly onSpawnError: (error: unknown) => void,
    private readonly startAfter: Promise<unknown>,
    private readonly starts: HostStarts,
  ) {
    starts.whenFree(() => this.refill());
    void startAfter.finally(() => {
      this.started = true;
      this.refill();
    });
  }

  /** A pooled process (ready ones first), or a freshly spawned one when the pool is empty. */
  async take(): Promise<HostProcess> {
    this.idle = this.idle.filter((host) => !host.hasExited);
    const index = this.idle.findIndex((host) => host.readyAt !== undefined);
    const [host] = this.idle.splice(index >= 0 ? index : 0, 1);
    // Refill after this tick so the new spawn does not compete with the job we are about to start.
    setImmediate(() => this.refill());
    return host ?? this.starts.start(() => new HostProcess(this.options));
  }

  /** Keeps at least `size` processes waiting from now on. */
  keepWarm(size: number): void {
    if (size <= this.size) return;
    this.size = size;
    this.refill();
  }

  /** Settles when every pooled process is ready for a job (or has exited); true when all are ready. */
  async ready(): Promise<boolean> {
    await this.startAfter.catch(() => undefined);
    const idle = [...this.idle];
    await Promise.all(idle.map((host) => host.ready));
    return idle.length === this.size && idle.every((host) => host.readyAt !== undefined);
  }

  async close(): Promise<void> {
    this.closed = true;
    const idle = this.idle.splice(0);
    for (const host of idle) host.killGroup();
    await Promise.all(idle.map((host) => host.exit));
  }

  private refill(): void {
    while (this.started && !this.closed && this.idle.length < this.size) {
      try {
        const host = this.starts.startIfIdle(() => new HostProcess(this.options));
        if (!host) return;
        this.idle.push(host);
        void host.exit.then(() => {
          this.idle = this.idle.filter((h) => h !== host);
        });
      } catch (error) {
        this.onSpawnError(error);
        return;
      }
    }
  }
}
