import type { DbOrTx, Tx } from "@/lib/db";
import type { Prisma } from "@/generated/postgresql/client";
import { storableJson, storableText } from "@/lib/db/storable-text";
import { AppError } from "@/lib/errors";
import { heldAttemptWhere, type HeldAttempt } from "./held-attempt";
import type { StreamRecordInput } from "./stream-types";

/** A record to store; `lostRecords` marks a worker's note that this many records before it were lost. */
export type AppendRecord = StreamRecordInput & { lostRecords?: number };

export interface AppendResult {
  /** Records stored by this call (the truncation marker included). */
  stored: number;
  /** The job's last sequence number after the call. */
  lastSeq: number;
  /** True when this call hit the output cap. */
  truncatedNow: boolean;
}

/**
 * A worker's append: fenced by the attempt it holds, and numbered. `firstIndex` is the position of
 * the first record in the attempt's stream (0 for its first record); Job.attemptRecords says how many
 * are stored, so a batch sent again after its answer was lost is stored once.
 */
export interface AttemptAppend {
  held: HeldAttempt;
  firstIndex: number;
}

/** Bytes a record costs against the job's output cap: its text plus its structured data. */
function streamRecordBytes(record: StreamRecordInput): number {
  return Buffer.byteLength(record.text, "utf8") + (record.data === undefined ? 0 : Buffer.byteLength(JSON.stringify(record.data) ?? "", "utf8"));
}

/**
 * Stores a batch of a job's stream records with increasing sequence numbers (Job.streamSeq) and
 * enforces the stored-output cap (AdminSettings.maxJobOutputBytes): once a record would pass it,
 * storing stops, one `system` record "Output truncated after N bytes" is added and the job is
 * marked outputTruncated. Baton's own `system` records are always kept and do not count.
 *
 * The sequence range is reserved by an atomic increment of Job.streamSeq, which also row-locks the
 * job until commit, so concurrent appenders (a worker and the reaper) never collide and never
 * commit out of order. With `attempt`, the batch is refused (AppError conflict) unless the worker
 * still holds that attempt, and the records already stored are skipped.
 */
export async function appendJobStreams(db: DbOrTx, jobId: string, records: readonly AppendRecord[], maxOutputBytes: number, attempt?: AttemptAppend): Promise<AppendResult> {
  const fence: Prisma.JobWhereInput = attempt ? heldAttemptWhere(attempt.held) : { id: jobId };
  const run = async (tx: Tx): Promise<AppendResult> => {
    const job = await tx.job.findFirst({ where: fence, select: { outputBytes: true, outputTruncated: true, streamSeq: true, attemptRecords: true, lostStreamRecords: true } });
    if (!job) {
      if (attempt) throw new AppError("conflict", `Job ${jobId} is no longer held by attempt ${attempt.held.attempt} of this worker`);
      throw new AppError("not_found", "Job not found");
    }
    const already = attempt ? (job.attemptRecords ?? 0) - attempt.firstIndex : 0;
    // Records missing before this batch: the sender skipped some, which no retry of this batch mends.
    if (already < 0) {
      throw new AppError("validation_failed", `firstIndex: records from ${attempt!.firstIndex} arrived, but only ${job.attemptRecords ?? 0} are stored`, { field: "firstIndex" });
    }
    const fresh = records.slice(already);
    if (fresh.length === 0) return { stored: 0, lastSeq: job.streamSeq, truncatedNow: false };
    let bytes = job.outputBytes;
    let truncated = job.outputTruncated;
    let truncatedNow = false;
    let lost = 0;
    const keep: StreamRecordInput[] = [];
    for (const record of fresh) {
      lost += record.lostRecords ?? 0;
      if (record.type === "system") {
        keep.push(record);
        continue;
      }
      if (truncated) continue;
      const size = streamRecordBytes(record);
      if (bytes + size > maxOutputBytes) {
        truncated = true;
        truncatedNow = true;
        keep.push({ type: "system", ts: record.ts, text: `Output truncated after ${bytes} bytes (the limit is ${maxOutputBytes} bytes per job)` });
        continue;
      }
      bytes += size;
      keep.push(record);
    }
    const [updated] = await tx.job.updateManyAndReturn({
      where: fence,
      data: {
        streamSeq: { increment: keep.length },
        outputBytes: { increment: bytes - job.outputBytes },
        ...(truncatedNow ? { outputTruncated: true } : {}),
        ...(attempt ? { attemptRecords: attempt.firstIndex + records.length } : {}),
        ...(lost > 0 ? { lostStreamRecords: (job.lostStreamRecords ?? 0) + lost } : {}),
      },
      select: { streamSeq: true },
    });
    if (!updated) throw new AppError("conflict", `Job ${jobId} changed hands while its records were stored`);
    const first = updated.streamSeq - keep.length + 1;
    await tx.jobStreamRecord.createMany({
      data: keep.map((r, i) => ({
        jobId,
        seq: first + i,
        type: r.type,
        ts: r.ts,
        text: storableText(r.text),
        data: r.data == null ? undefined : (storableJson(r.data) as Prisma.InputJsonValue),
      })),
    });
    return { stored: keep.length, lastSeq: updated.streamSeq, truncatedNow };
  };
  return "$connect" in db ? db.$transaction(run) : run(db);
}
