/** How retention deletes: small transactions with a breath between them, so the queue never waits long. */
export interface BatchOptions {
  /** Rows per delete transaction. */
  batchSize?: number;
  /** Pause between batches. */
  pauseMs?: number;
  /** Called after each batch (the scheduled run renews its lease here); throwing stops the purge. */
  afterBatch?: () => Promise<void>;
  /** Ends the purge after the current batch (a worker shutting down). */
  signal?: AbortSignal;
}

export const defaultPauseMs = 50;

export const pause = (ms: number) => (ms > 0 ? new Promise<void>((resolve) => setTimeout(resolve, ms)) : Promise.resolve());

export const dayMs = 24 * 60 * 60 * 1000;
