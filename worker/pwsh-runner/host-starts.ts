import type { HostProcess } from "./host-process";

/**
 * How many host processes a worker starts at once. Starting pwsh costs a core for about a second;
 * a worker that claims 30 jobs together and starts 30 processes together starves everything on the
 * machine (the web service, its own lease renewals) for the whole ramp, and finishes no sooner. A
 * slot is held from spawn until the host is ready for its job (or has exited), and handed straight
 * to the next waiter, so the limit is never passed. One per worker, shared by all its pools.
 */
export class HostStarts {
  private starting = 0;
  private waiting: Array<() => void> = [];
  private readonly freeListeners: Array<() => void> = [];

  constructor(private readonly limit: number) {}

  /** Calls `listener` whenever a slot becomes free with nobody waiting for it (the warm pools refill then). */
  whenFree(listener: () => void): void {
    this.freeListeners.push(listener);
  }

  /** Spawns a host once a slot is free; jobs wait here in the order they asked. */
  async start(spawn: () => HostProcess): Promise<HostProcess> {
    if (this.starting < this.limit) this.starting++;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    return this.spawnInSlot(spawn);
  }

  /** Spawns a host only if a slot is free now and no job waits (the warm pool's refill). */
  startIfIdle(spawn: () => HostProcess): HostProcess | null {
    if (this.starting >= this.limit) return null;
    this.starting++;
    return this.spawnInSlot(spawn);
  }

  private spawnInSlot(spawn: () => HostProcess): HostProcess {
    let host: HostProcess;
    try {
      host = spawn();
    } catch (error) {
      this.release();
      throw error;
    }
    // `ready` settles on exit too, so a host that dies while starting frees its slot.
    void host.ready.then(() => this.release());
    return host;
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) return next();
    this.starting--;
    for (const listener of this.freeListeners) listener();
  }
}
