import type { Permission } from "@/lib/auth/permissions";
import { can, type Principal } from "@/lib/auth/principal";
import type { DbOrTx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";

/**
 * Checks a permission on one job through its runbook's tags (tag-scoped grants). A job the principal
 * may not read is reported as missing, so job ids of other teams reveal nothing.
 */
export async function authorizeJob(db: DbOrTx, principal: Principal, jobId: string, permission: Permission): Promise<void> {
  const job = await db.job.findUnique({ where: { id: jobId }, select: { runbook: { select: { tags: { select: { tag: true } } } } } });
  if (!job) throw notFound("Job");
  const tags = job.runbook.tags.map((t) => t.tag);
  if (!can(principal, "job.read", tags)) throw notFound("Job");
  if (!can(principal, permission, tags)) throw new AppError("forbidden", `You need the ${permission} permission on this job's runbook`);
}
