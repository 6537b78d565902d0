import { z } from "zod";
import type { DbOrTx } from "@/lib/db";

const jobStatsRanges = ["24h", "7d"] as const;

/** Query of GET /api/v1/dashboard/job-stats. */
export const jobStatsQuerySchema = z.object({ range: z.enum(jobStatsRanges, { error: "must be 24h or 7d" }).default("24h") }).strict();
export type JobStatsRange = z.infer<typeof jobStatsQuerySchema>["range"];

const jobStatusBucket = z.object({
  /** Start of the bucket (ISO-8601, UTC hour or UTC day). */
  start: z.string(),
  /** Jobs created in the bucket, by their current status. */
  counts: z.record(z.string(), z.number().int()),
});
type JobStatusBucket = z.infer<typeof jobStatusBucket>;

export const jobStatusHistogramView = z.object({
  range: z.enum(jobStatsRanges),
  bucket: z.enum(["hour", "day"]),
  buckets: z.array(jobStatusBucket),
  /** Every status that occurs in some bucket, for the chart's series. */
  statuses: z.array(z.string()),
  /** More jobs than `maxJobs` were created in the range. */
  truncated: z.boolean().describe("Only the newest jobs were counted."),
});
export type JobStatusHistogram = z.infer<typeof jobStatusHistogramView>;

const hourMs = 3_600_000;
const dayMs = 24 * hourMs;
const rangeSpec = { "24h": { bucket: "hour", size: hourMs, count: 24 }, "7d": { bucket: "day", size: dayMs, count: 7 } } as const;

/**
 * Jobs per status per hour (24h) or per UTC day (7d), oldest bucket first, empty buckets included.
 * The bucketing is done here rather than in SQL so SQLite (ISO text dates) and PostgreSQL
 * (timestamps) give identical answers; the query reads two narrow columns and at most `maxJobs` rows.
 */
export async function jobStatusHistogram(
  db: DbOrTx,
  options: { range: JobStatsRange; visibleTags: string[] | null; now?: Date; maxJobs?: number },
): Promise<JobStatusHistogram> {
  const spec = rangeSpec[options.range];
  const now = options.now ?? new Date();
  const maxJobs = options.maxJobs ?? 100_000;
  const lastStart = Math.floor(now.getTime() / spec.size) * spec.size;
  const firstStart = lastStart - (spec.count - 1) * spec.size;
  const rows = await db.job.findMany({
    where: {
      createdAt: { gte: new Date(firstStart) },
      ...(options.visibleTags ? { runbook: { tags: { some: { tag: { in: options.visibleTags } } } } } : {}),
    },
    orderBy: { createdAt: "desc" },
    take: maxJobs + 1,
    select: { createdAt: true, status: true },
  });
  const buckets: JobStatusBucket[] = Array.from({ length: spec.count }, (_, i) => ({ start: new Date(firstStart + i * spec.size).toISOString(), counts: {} }));
  const statuses = new Set<string>();
  for (const row of rows.slice(0, maxJobs)) {
    const index = Math.floor((row.createdAt.getTime() - firstStart) / spec.size);
    const bucket = buckets[index];
    if (!bucket) continue;
    bucket.counts[row.status] = (bucket.counts[row.status] ?? 0) + 1;
    statuses.add(row.status);
  }
  return { range: options.range, bucket: spec.bucket, buckets, statuses: [...statuses], truncated: rows.length > maxJobs };
}
