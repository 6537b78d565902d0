import type { Db } from "@/lib/db";
import { appendJobStreams } from "@/lib/jobs/append-job-streams";
import type { StreamRecordInput } from "@/lib/jobs/stream-types";

export interface StreamSink {
  push(records: StreamRecordInput[]): void;
  /** Writes everything pushed so far; resolves when it is stored. */
  close(): Promise<void>;
}

/** A failed write is retried this often before the sink gives up on the records (and says so). */
const maxWriteFailures = 5;

/**
 * Buffers a job's records and stores them in order. A write starts as soon as records arrive and no
 * write is in flight, so a lone Write-Output is stored within one round trip (the live view's
 * latency), while a chatty runbook's records pile up during a write and go in the next batch.
 */
export function createStreamSink(db: Db, jobId: string, maxOutputBytes: number, log: (msg: string) => void): StreamSink {
  let buffer: StreamRecordInput[] = [];
  let writing: Promise<void> | null = null;
  let failures = 0;

  const write = async (): Promise<void> => {
    while (buffer.length > 0) {
      const batch = buffer;
      buffer = [];
      try {
        await appendJobStreams(db, jobId, batch, maxOutputBytes);
        failures = 0;
      } catch (err) {
        failures++;
        log(`storing ${batch.length} stream records of job ${jobId} failed (${failures}/${maxWriteFailures}): ${(err as Error).message}`);
        if (failures >= maxWriteFailures) return;
        buffer = [...batch, ...buffer];
        await new Promise((r) => setTimeout(r, 200 * failures));
      }
    }
  };
  const kick = (): void => {
    writing ??= write().finally(() => {
      writing = null;
      if (buffer.length > 0 && failures < maxWriteFailures) kick();
    });
  };
  return {
    push(records) {
      if (records.length === 0) return;
      buffer.push(...records);
      kick();
    },
    async close() {
      while (writing) await writing;
      if (buffer.length > 0 && failures < maxWriteFailures) {
        kick();
        while (writing) await writing;
      }
    },
  };
}
