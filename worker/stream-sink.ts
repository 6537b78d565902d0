import { describeError } from "@/lib/db/describe-error";
import type { AppendRecord } from "@/lib/jobs/append-job-streams";
import type { HeldJob } from "@/lib/queue/held-job";
import type { StreamRecordInput } from "@/lib/jobs/stream-types";
import { isRefusedTransition } from "@/lib/jobs/transition-job";
import { failureLog } from "./failure-log";
import { StreamSpool } from "./stream-spool";
import type { WorkerTransport } from "./transport/worker-transport";
import { wakeableSleep } from "@/lib/timing/wakeable-sleep";

export interface StreamSink {
  push(records: StreamRecordInput[]): void;
  /** Resolves once everything pushed is stored, or the attempt turned out to be lost (see abandon). */
  close(): Promise<void>;
  /** The attempt is not this worker's any more: stop storing and forget what is left. */
  abandon(): void;
}

export interface StreamSinkOptions {
  transport: Pick<WorkerTransport, "appendJobStreams" | "isTransient">;
  held: HeldJob;
  maxOutputBytes: number;
  log: (message: string) => void;
  /** Where the attempt's spool file goes (the worker's data directory). */
  spoolDir: string;
  /** Bytes of records kept in memory before the rest goes to the spool file. */
  memoryLimitBytes?: number;
}

/** A batch is at most this many records, and of at most half the memory limit (one record at least). */
const maxBatch = 500;
const defaultMemoryLimitBytes = 1024 * 1024;
const firstRetryMs = 100;
const maxRetryMs = 2_000;

const recordBytes = (r: StreamRecordInput) => Buffer.byteLength(r.text, "utf8") + (r.data === undefined ? 0 : Buffer.byteLength(JSON.stringify(r.data) ?? "", "utf8"));

/**
 * Stores one job attempt's records in order, and keeps them through a database outage. A write starts
 * as soon as records arrive and none is in flight, so a lone Write-Output is stored within one round
 * trip, while a chatty runbook's records pile up and go in the next batch.
 *
 * The records waiting are, in order: the batch in flight, then the spool file, then memory. When
 * memory holds more than `memoryLimitBytes`, it moves to the end of the spool file, so a long outage
 * costs disk, not memory. A batch that fails because the database is unreachable is sent again, with
 * backoff, until it is stored; each batch names its position in the attempt's stream, so one whose
 * answer was lost is not stored twice (lib/jobs/append-job-streams.ts). What truly cannot be kept —
 * the spool file cannot be written (disk full), or the database refuses a batch outright — is counted,
 * and a system record in its place says how many records were lost and why (Job.lostStreamRecords).
 */
export function createStreamSink(options: StreamSinkOptions): StreamSink {
  const { transport, held, maxOutputBytes, log } = options;
  const memoryLimit = options.memoryLimitBytes ?? defaultMemoryLimitBytes;
  const what = `stream records of job ${held.jobId}`;
  let stored = 0;
  let inFlight: AppendRecord[] = [];
  let spool: StreamSpool | null = null;
  let memory: AppendRecord[] = [];
  let memoryBytes = 0;
  let abandoned = false;
  let spilling: Promise<void> = Promise.resolve();
  let spillQueued = false;
  let spoolFiles = 0;
  let writing: Promise<void> | null = null;
  const { sleep, wake } = wakeableSleep();

  const lostMarker = (count: number, cause: string): AppendRecord => ({
    type: "system",
    ts: new Date(),
    text: `${count} stream record(s) of this job were lost: ${cause}`,
    lostRecords: count,
  });
  /** Records dropped at the front of memory: one marker says how many, merged with one already there. */
  const markLost = (count: number, cause: string) => {
    const head = memory[0];
    if (head?.lostRecords) memory[0] = lostMarker(head.lostRecords + count, cause);
    else memory.unshift(lostMarker(count, cause));
  };

  const spill = async (): Promise<void> => {
    spillQueued = false;
    if (abandoned || memoryBytes <= memoryLimit) return;
    const moving = memory;
    memory = [];
    memoryBytes = 0;
    try {
      spool ??= await StreamSpool.open(options.spoolDir, `${held.jobId}.${held.attempt}.${++spoolFiles}.ndjson`);
      await spool.append(moving);
    } catch (err) {
      const cause = `the worker could not keep them while the database was unreachable (${describeError(err)})`;
      log(`${what}: ${moving.length} record(s) lost: ${cause}`);
      markLost(moving.length, cause);
    }
    if (abandoned) await removeSpool();
  };

  const removeSpool = async (): Promise<void> => {
    const old = spool;
    spool = null;
    await old?.remove();
  };

  /**
   * The next batch to store: the one that failed last time, else from the spool file, else from
   * memory. A spill that is under way holds records that come before those still in memory, so it is
   * waited for, and memory is taken with no wait in between.
   */
  const nextBatch = async (): Promise<void> => {
    if (inFlight.length > 0) return;
    for (;;) {
      await spilling;
      if (spool && !spool.drained) {
        const batch = await spool.peek();
        spool.advance(batch.bytes);
        inFlight = batch.records;
        return;
      }
      if (!spool) break;
      await removeSpool();
    }
    let count = 0;
    let bytes = 0;
    while (count < Math.min(maxBatch, memory.length) && (count === 0 || bytes + recordBytes(memory[count]!) <= memoryLimit / 2)) bytes += recordBytes(memory[count++]!);
    inFlight = memory.splice(0, count);
    memoryBytes -= bytes;
  };

  const failures = failureLog(log, `storing ${what}`);
  const write = async (): Promise<void> => {
    let delay = firstRetryMs;
    for (;;) {
      await nextBatch();
      if (abandoned || inFlight.length === 0) return;
      try {
        await transport.appendJobStreams(held, inFlight, maxOutputBytes, stored);
        stored += inFlight.length;
        inFlight = [];
        failures.succeeded();
        delay = firstRetryMs;
      } catch (err) {
        if (isRefusedTransition(err)) {
          // Not this attempt's job any more: whatever is left belongs to a run that no longer counts.
          log(`${what}: ${describeError(err)}; ${inFlight.length + memory.length} record(s) not stored`);
          abandon();
          return;
        }
        if (!transport.isTransient(err)) {
          const cause = `the database refused them (${describeError(err)})`;
          log(`${what}: ${inFlight.length} record(s) lost: ${cause}`);
          const alreadyMarker = inFlight.length === 1 && inFlight[0]!.lostRecords !== undefined;
          // The note takes the refused records' place; a refused note itself is given up.
          inFlight = alreadyMarker ? [] : [lostMarker(inFlight.reduce((sum, r) => sum + (r.lostRecords ?? 1), 0), cause)];
          continue;
        }
        failures.failed(err);
        await sleep(delay);
        delay = Math.min(delay * 2, maxRetryMs);
      }
    }
  };

  const kick = (): void => {
    writing ??= write().finally(() => {
      writing = null;
      if (!abandoned && (memory.length > 0 || (spool && !spool.drained))) kick();
    });
  };

  const abandon = (): void => {
    abandoned = true;
    memory = [];
    inFlight = [];
    wake();
    spilling = spilling.then(removeSpool);
  };

  return {
    push(records) {
      if (records.length === 0 || abandoned) return;
      memory.push(...records);
      memoryBytes += records.reduce((sum, r) => sum + recordBytes(r), 0);
      if (memoryBytes > memoryLimit && !spillQueued) {
        spillQueued = true;
        spilling = spilling.then(spill);
      }
      kick();
    },
    async close() {
      while (writing) await writing;
      await spilling;
      if (!abandoned && (memory.length > 0 || (spool && !spool.drained))) {
        kick();
        return this.close();
      }
      await removeSpool();
    },
    abandon,
  };
}
