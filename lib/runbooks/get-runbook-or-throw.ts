import type { DbOrTx } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { lastJobsOf } from "./last-jobs-of";
import { runbookViewInclude, toRunbookDetail, type RunbookDetail } from "./runbook-views";

export async function getRunbookOrThrow(db: DbOrTx, runbookId: string): Promise<RunbookDetail> {
  const row = await db.runbook.findUnique({ where: { id: runbookId }, include: runbookViewInclude });
  if (!row) throw notFound("Runbook");
  const lastJobs = await lastJobsOf(db, [row.id]);
  return toRunbookDetail(row, lastJobs.get(row.id) ?? null);
}
