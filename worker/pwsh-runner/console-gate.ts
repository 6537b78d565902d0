import type { StreamRecordInput } from "@/lib/jobs/stream-types";

/**
 * Holds raw console lines until the host has told us every secret the runbook could have put in
 * them. Console text travels on stdout/stderr, unordered with the protocol channel: a runbook can
 * print a password it just fetched before the host's "secret" line reaches us. So each held line
 * waits for a sync round trip: the line was printed after its secret was handed out, the sync was
 * sent after the line arrived, and the host answers it only after writing every secret handed out
 * so far, on the same channel as the answer. One sync is in flight at a time; lines that arrive
 * meanwhile wait for the next.
 */
export class ConsoleGate {
  private held: StreamRecordInput[] = [];
  private covered = 0;
  private inFlight: number | undefined;
  /** nextId: sync ids unique for the host, so a late answer to a shared host's last job matches nothing here. */
  constructor(
    private readonly nextId: () => number,
    private readonly requestSync: (id: number) => void,
    private readonly release: (record: StreamRecordInput) => void,
  ) {}

  hold(record: StreamRecordInput): void {
    this.held.push(record);
    if (this.inFlight === undefined) this.sendSync();
  }

  synced(id: number): void {
    if (id !== this.inFlight) return;
    this.inFlight = undefined;
    for (const record of this.held.splice(0, this.covered)) this.release(record);
    this.covered = 0;
    if (this.held.length > 0) this.sendSync();
  }

  /** The host is gone: no sync will come, and every secret it wrote has been read. */
  releaseAll(): void {
    this.inFlight = undefined;
    this.covered = 0;
    for (const record of this.held.splice(0)) this.release(record);
  }

  private sendSync(): void {
    this.inFlight = this.nextId();
    this.covered = this.held.length;
    this.requestSync(this.inFlight);
  }
}
