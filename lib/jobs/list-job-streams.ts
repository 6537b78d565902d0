import { z } from "zod";
import type { DbOrTx } from "@/lib/db";
import type { JobStreamPage, JobStreamRecordView } from "./job-views";
import { streamTypes } from "./stream-types";

/** Query of GET /api/v1/jobs/{jobId}/streams: `?after=12&types=output,error&limit=500`. */
export const listJobStreamsQuerySchema = z
  .object({
    after: z.coerce.number().int().min(0).default(0),
    types: z
      .string()
      .optional()
      .transform((v) => (v ? v.split(",").map((t) => t.trim()).filter(Boolean) : undefined))
      .pipe(z.array(z.enum(streamTypes, { error: `must be a comma-separated list of: ${streamTypes.join(", ")}` })).optional()),
    limit: z.coerce.number().int().min(1).max(5000).default(1000),
  })
  .strict();
export type ListJobStreamsQuery = z.infer<typeof listJobStreamsQuerySchema>;

/**
 * A page of a job's stream records after a sequence number. `lastSeq` is the cursor for the next
 * call: the last returned record's seq, or `after` when there was nothing new.
 */
export async function listJobStreams(db: DbOrTx, jobId: string, query: ListJobStreamsQuery): Promise<JobStreamPage> {
  const rows = await db.jobStreamRecord.findMany({
    where: { jobId, seq: { gt: query.after }, ...(query.types ? { type: { in: query.types } } : {}) },
    orderBy: { seq: "asc" },
    take: query.limit,
  });
  const items: JobStreamRecordView[] = rows.map((r) => ({ seq: r.seq, type: r.type, ts: r.ts.toISOString(), text: r.text, data: r.data ?? null }));
  return { items, lastSeq: items.at(-1)?.seq ?? query.after };
}
