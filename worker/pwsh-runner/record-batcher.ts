import type { StreamRecordInput } from "@/lib/jobs/stream-types";

/**
 * Hands records to the sink in order, in batches: at most one batch per `intervalMs`, or sooner once
 * `maxBatch` are waiting. The first record after a quiet period goes out on the next tick, so a
 * job's first output is not held back by the batching interval; a chatty job is still batched.
 */
export class RecordBatcher {
  private batch: StreamRecordInput[] = [];
  private timer: NodeJS.Timeout | undefined;
  private lastFlushAt = 0;
  private sinkError: unknown;

  constructor(
    private readonly sink: (records: StreamRecordInput[]) => void,
    private readonly intervalMs = 50,
    private readonly maxBatch = 500,
  ) {}

  /** The first error the sink threw; delivery stops after it so records are never skipped silently. */
  get error(): unknown {
    return this.sinkError;
  }

  add(record: StreamRecordInput): void {
    this.batch.push(record);
    if (this.batch.length >= this.maxBatch) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), Math.max(0, this.lastFlushAt + this.intervalMs - Date.now()));
  }

  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.batch.length === 0 || this.sinkError !== undefined) return;
    this.lastFlushAt = Date.now();
    const records = this.batch;
    this.batch = [];
    try {
      this.sink(records);
    } catch (error) {
      this.sinkError = error ?? new Error("record sink threw");
    }
  }
}
