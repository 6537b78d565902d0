import type { Db } from "@/lib/db";
import { dayMs } from "../batching";

export interface JobRowOptions {
  runbookId: string;
  runbookVersionId: string;
  status: string;
  /** Days before `now` the job was created; a finished job ended an hour later. */
  ageDays: number;
  now: Date;
  streamRecords?: number;
  parentJobId?: string;
}

/** A job row in a given status and age, with stream records, a timeline row and (if suspended-like) a checkpoint. */
export async function createJobRow(db: Db, o: JobRowOptions): Promise<string> {
  const createdAt = new Date(o.now.getTime() - o.ageDays * dayMs);
  const finished = ["Completed", "Failed", "Stopped"].includes(o.status);
  const records = o.streamRecords ?? 3;
  const job = await db.job.create({
    data: {
      runbookId: o.runbookId,
      runbookVersionId: o.runbookVersionId,
      status: o.status,
      startedByKind: "user",
      startedByName: "tester",
      parentJobId: o.parentJobId ?? null,
      createdAt,
      endedAt: finished ? new Date(createdAt.getTime() + 60 * 60 * 1000) : null,
      streamSeq: records,
      statusChanges: { create: { fromStatus: null, toStatus: o.status, at: createdAt } },
      streams: { create: Array.from({ length: records }, (_, i) => ({ seq: i + 1, type: "output", ts: createdAt, text: `line ${i + 1}` })) },
      checkpoint: { create: { state: { step: 1 } } },
    },
    select: { id: true },
  });
  return job.id;
}

/** Many old finished jobs without streams, quickly (for batching tests). */
export async function createOldFinishedJobs(db: Db, o: { runbookId: string; runbookVersionId: string; count: number; ageDays: number; now: Date }): Promise<void> {
  const createdAt = new Date(o.now.getTime() - o.ageDays * dayMs);
  const data = Array.from({ length: o.count }, (_, i) => ({
    runbookId: o.runbookId,
    runbookVersionId: o.runbookVersionId,
    status: "Completed",
    startedByKind: "user",
    startedByName: "tester",
    createdAt: new Date(createdAt.getTime() + i),
    endedAt: new Date(createdAt.getTime() + i + 1000),
  }));
  await db.job.createMany({ data });
}
