import { z } from "zod";
import type { Prisma } from "@/generated/postgresql/client";
import type { DbOrTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isoInstantSchema } from "@/lib/input/iso-instant";
import { jobSummarySelect, toJobSummary, type JobListPage } from "./job-views";
import { jobStatuses } from "@/lib/job-lifecycle/statuses";

/** Query of GET /api/v1/jobs: `?status=Running,Queued&runbookId=…&from=…&to=…&sort=-createdAt&cursor=…&limit=50`. */
export const listJobsQuerySchema = z
  .object({
    status: z
      .string()
      .optional()
      .transform((v) => (v ? v.split(",").map((s) => s.trim()).filter(Boolean) : undefined))
      .pipe(z.array(z.enum(jobStatuses, { error: `must be a comma-separated list of: ${jobStatuses.join(", ")}` })).optional()),
    runbookId: z.uuid().optional(),
    from: isoInstantSchema.optional(),
    to: isoInstantSchema.optional(),
    cursor: z.string().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    /** `-createdAt` (default) lists newest first, `createdAt` oldest first. */
    sort: z.enum(["-createdAt", "createdAt"], { error: "must be -createdAt or createdAt" }).default("-createdAt"),
  })
  .strict();
export type ListJobsQuery = z.infer<typeof listJobsQuerySchema>;

export interface ListJobsOptions extends Omit<ListJobsQuery, "sort"> {
  /** Newest first unless told otherwise. */
  sort?: ListJobsQuery["sort"];
  /** Runbook tags the caller may see jobs of; null = all runbooks. */
  visibleTags: string[] | null;
}

/** Jobs by creation time, keyset-paginated on (createdAt, id) so pages stay stable while jobs start. */
export async function listJobs(db: DbOrTx, options: ListJobsOptions): Promise<JobListPage> {
  const after = options.cursor ? decodeCursor(options.cursor) : null;
  const direction = options.sort === "createdAt" ? "asc" : "desc";
  /** Past the cursor: older rows when listing newest first, newer ones otherwise. */
  const past = direction === "desc" ? "lt" : "gt";
  const where: Prisma.JobWhereInput = {
    ...(options.status ? { status: { in: options.status } } : {}),
    ...(options.runbookId ? { runbookId: options.runbookId } : {}),
    ...(options.from || options.to ? { createdAt: { ...(options.from ? { gte: options.from } : {}), ...(options.to ? { lt: options.to } : {}) } } : {}),
    ...(options.visibleTags ? { runbook: { tags: { some: { tag: { in: options.visibleTags } } } } } : {}),
    ...(after ? { OR: [{ createdAt: { [past]: after.createdAt } }, { createdAt: after.createdAt, id: { [past]: after.id } }] } : {}),
  };
  const rows = await db.job.findMany({ where, orderBy: [{ createdAt: direction }, { id: direction }], take: options.limit + 1, select: jobSummarySelect });
  const page = rows.slice(0, options.limit);
  const last = page.at(-1);
  return { items: page.map(toJobSummary), nextCursor: rows.length > options.limit && last ? encodeCursor(last.createdAt, last.id) : null };
}

function encodeCursor(createdAt: Date, id: string): string {
  return Buffer.from(`${createdAt.toISOString()}|${id}`, "utf8").toString("base64url");
}

function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  const [iso, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const createdAt = new Date(iso ?? "");
  if (!id || Number.isNaN(createdAt.getTime())) throw new AppError("validation_failed", "cursor: is not a cursor this API returned", { field: "cursor" });
  return { createdAt, id };
}
