import { can, type Principal } from "@/lib/auth/principal";
import type { DbOrTx } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * A start that says it reruns a job must name a job of the same runbook that the caller may see,
 * and not a test job (that ran a draft; the test pane reruns it). Anything else is one 422 on the
 * field, so a job id of another team's runbook reveals nothing.
 */
export async function checkRerunOf(db: DbOrTx, principal: Principal, runbookId: string, jobId: string): Promise<string> {
  const original = await db.job.findUnique({ where: { id: jobId }, select: { runbookId: true, isTest: true, runbook: { select: { tags: { select: { tag: true } } } } } });
  const visible = original !== null && can(principal, "job.read", original.runbook.tags.map((t) => t.tag));
  if (!visible || original.runbookId !== runbookId) {
    throw new AppError("validation_failed", "rerunOfJobId: is not a job of this runbook that you can see", { field: "rerunOfJobId" });
  }
  if (original.isTest) throw new AppError("validation_failed", "rerunOfJobId: is a test job; run the draft again from the test pane", { field: "rerunOfJobId" });
  return jobId;
}
