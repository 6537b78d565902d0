import type { DbOrTx, Tx } from "@/lib/db";
import type { Prisma } from "@/generated/postgresql/client";
import type { StreamRecordInput } from "./stream-types";

export interface AppendResult {
  /** Records stored by this call (the truncation marker included). */
  stored: number;
  /** The job's last sequence number after the call. */
  lastSeq: number;
  /** True when this call hit the output cap. */
  truncatedNow: boolean;
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
 * commit out of order.
 */
export async function appendJobStreams(db: DbOrTx, jobId: string, records: readonly StreamRecordInput[], maxOutputBytes: number): Promise<AppendResult> {
  if (records.length === 0) {
    const job = await db.job.findUniqueOrThrow({ where: { id: jobId }, select: { streamSeq: true } });
    return { stored: 0, lastSeq: job.streamSeq, truncatedNow: false };
  }
  const run = async (tx: Tx): Promise<AppendResult> => {
    const job = await tx.job.findUniqueOrThrow({ where: { id: jobId }, select: { outputBytes: true, outputTruncated: true } });
    let bytes = job.outputBytes;
    let truncated = job.outputTruncated;
    let truncatedNow = false;
    const keep: StreamRecordInput[] = [];
    for (const record of records) {
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
    if (keep.length === 0) {
      const current = await tx.job.findUniqueOrThrow({ where: { id: jobId }, select: { streamSeq: true } });
      return { stored: 0, lastSeq: current.streamSeq, truncatedNow };
    }
    const updated = await tx.job.update({
      where: { id: jobId },
      data: { streamSeq: { increment: keep.length }, outputBytes: { increment: bytes - job.outputBytes }, ...(truncatedNow ? { outputTruncated: true } : {}) },
      select: { streamSeq: true },
    });
    const first = updated.streamSeq - keep.length + 1;
    await tx.jobStreamRecord.createMany({
      data: keep.map((r, i) => ({ jobId, seq: first + i, type: r.type, ts: r.ts, text: r.text, data: r.data == null ? undefined : (r.data as Prisma.InputJsonValue) })),
    });
    return { stored: keep.length, lastSeq: updated.streamSeq, truncatedNow };
  };
  return "$connect" in db ? db.$transaction(run) : run(db);
}
