import type { Principal } from "@/lib/auth/principal";
import { hashToken, tokenPrefixes } from "@/lib/crypto/tokens";
import type { DbOrTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { activeStatuses } from "@/lib/job-lifecycle/statuses";

/** A runbook's identity on the automation API: the job whose token it holds. */
export type JobPrincipal = Principal & { kind: "job"; jobId: string; runbookId: string; runbookName: string };

const unauthorized = (message: string) => new AppError("unauthorized", message);

/**
 * Authenticates `Authorization: Bearer bjt_…`, the per-job automation token the worker hands the
 * runbook. Only its SHA-256 is stored (Job.automationTokenHash). The token works while a worker
 * holds the job (Activating, Running, Stopping, Suspending: a runbook's finally block may still
 * call the API while stopping) and stops working the moment the job leaves those statuses, with
 * no revocation step that could be missed. A job principal has no grants: the automation routes
 * decide what it may touch (assets, and only its own checkpoint and child jobs).
 */
export async function resolveJobToken(db: DbOrTx, headers: Headers): Promise<JobPrincipal> {
  const auth = headers.get("authorization") ?? "";
  const token = auth.toLowerCase().startsWith("bearer ") ? auth.slice(7).trim() : "";
  if (!token.startsWith(tokenPrefixes.job)) throw unauthorized("Send the job's automation token (Authorization: Bearer bjt_…)");
  const job = await db.job.findUnique({
    where: { automationTokenHash: hashToken(token) },
    select: { id: true, status: true, runbookId: true, runbook: { select: { name: true } } },
  });
  if (!job) throw unauthorized("This job token is not valid");
  if (!(activeStatuses as readonly string[]).includes(job.status)) throw unauthorized("This job token is no longer valid");
  return {
    kind: "job",
    userId: null,
    // Shown as "Started by" on child jobs and as updatedBy on variables the runbook sets.
    name: `${job.runbook.name} (job ${job.id})`,
    grants: [],
    jobId: job.id,
    runbookId: job.runbookId,
    runbookName: job.runbook.name,
  };
}
